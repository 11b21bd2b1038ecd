# syntax=docker/dockerfile:1
# The production image: Next's standalone server (output: 'standalone') on Node 20, run as a
# non-root user. Build with the public address baked in:
#   docker build --build-arg SITE_URL=https://careers.example.org -t bpo-careers .
#   docker run -p 3000:3000 bpo-careers

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Canonical links, og:url, og:image and the sitemap are fixed at build time; the build warns when unset.
ARG SITE_URL
ENV SITE_URL=$SITE_URL NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000
RUN groupadd --system --gid 1001 app && useradd --system --uid 1001 --gid app app
# What scripts/serve.mjs assembles: the server, its hashed assets, public files (the enhancement script)
# and the content it reads (with the article's fingerprint, never its text: see the deployer e2e test).
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
COPY --from=build --chown=app:app /app/content ./content
COPY --from=build --chown=app:app /app/scripts/page-cache.mjs /app/scripts/install-page-cache.mjs ./
USER app
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "./install-page-cache.mjs", "server.js"]
