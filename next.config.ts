import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { checkContent } from './lib/content/load';
import { skillAliasDestination, skillAliases } from './lib/content/skill-aliases';
import { formatProblem } from './lib/content/validate';
import { cachePolicy, contentPageSources, urlPageSources } from './lib/http-cache';
import { siteUrlProblem } from './lib/site';
import { addCompileHints } from './scripts/compile-hints';
import { writeGeneratedModules } from './scripts/write-generated';

// Scripts keep 'unsafe-inline' because Next streams its RSC payload in inline <script> tags; nonces
// would force every page to render per request, and role, skill and guide pages must stay static.
// 'unsafe-eval' is only for the dev server's hot reload.
function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_DEVELOPMENT_SERVER) {
    const { content } = checkContent();
    if (content) await writeGeneratedModules(content);
  }
  if (phase === PHASE_PRODUCTION_BUILD) {
    // Broken content fails the build with the same lines as `npm run content:check`.
    const { content, problems } = checkContent();
    if (problems.length > 0 || !content) {
      throw new Error(`Content is invalid (${problems.length} problem(s)):\n${problems.map(formatProblem).join('\n')}`);
    }
    await writeGeneratedModules(content);
    const siteProblem = siteUrlProblem(process.env.SITE_URL);
    if (siteProblem?.fatal) throw new Error(siteProblem.message);
    if (siteProblem) console.warn(`\n\u26a0\ufe0f  ${siteProblem.message}\n`);
  }
  return {
    // Lets parallel builds (tests, benchmarks) use their own output folder.
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    poweredByHeader: false,
    // A self-contained server (server.js plus the modules it needs) for containers: see Dockerfile.
    output: 'standalone',
    // Static pages bake the public address in at build time, so every page must read the same value.
    env: { SITE_URL: process.env.SITE_URL ?? '' },
    experimental: { globalNotFound: true },
    // The framework's scripts compile while they download instead of while the page hydrates (see scripts/compile-hints.ts).
    compiler: {
      async runAfterProductionCompile({ distDir }) {
        addCompileHints(distDir);
      },
    },
    reactStrictMode: true,
    // A split skill's old page is a published link: send it, permanently, to where its replacements are listed.
    async redirects() {
      return Object.keys(skillAliases).map((retired) => ({
        source: `/skills/${retired}`,
        destination: skillAliasDestination(retired),
        permanent: true,
      }));
    },
    async headers() {
      return [
        ...contentPageSources.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: cachePolicy.contentPage }] })),
        ...urlPageSources.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: cachePolicy.urlPage }] })),
        {
          source: '/:path*',
          headers: [
            { key: 'Content-Security-Policy', value: contentSecurityPolicy(phase === PHASE_DEVELOPMENT_SERVER) },
            { key: 'X-Content-Type-Options', value: 'nosniff' },
            { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
            { key: 'X-Frame-Options', value: 'DENY' },
            { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
          ],
        },
      ];
    },
  };
}
