import { z } from 'zod';

// The shape of lib/route-registry.json, checked by tests/unit/lib/routes.test.ts. Kept apart from lib/routes.ts
// so the pages that import the registry (the header navigation) do not ship zod.

const sampleSchema = z.object({
  /** What a person sees at this URL, named for the checks and reports. */
  kind: z.string(),
  url: z.string().startsWith('/'),
  /** Visited by the accessibility, privacy and no-framework checks (default true). */
  checks: z.boolean().optional(),
  /** Budgets in KB gzip for `npm run size`: `js` above the framework floor and `payload` for App Router pages only. */
  size: z.object({ html: z.number(), js: z.number().optional(), payload: z.number().optional() }).optional(),
  /** Run by `npm run lighthouse`. */
  lighthouse: z.boolean().optional(),
});

const pageRouteSchema = z.object({
  /** The route pattern, in next.config `headers()` syntax: `/roles/:slug`. */
  path: z.string().startsWith('/'),
  /** Pages Router for pages that only present content; App Router for pages whose controls react to input. */
  router: z.enum(['pages', 'app']),
  /** Which `cachePolicy` in lib/http-cache.ts applies. */
  cache: z.enum(['contentPage', 'urlPage']),
  sitemap: z.boolean(),
  /** For a `:slug` page, the content collection whose slugs it has one page for. */
  slugsFrom: z.enum(['roles', 'skills', 'backgrounds', 'guides']).optional(),
  /** Its label in the header navigation, when it has one. */
  nav: z.string().optional(),
  samples: z.array(sampleSchema).min(1),
});

export const registrySchema = z.object({
  pages: z.array(pageRouteSchema),
  /** Responses other than pages (images, feeds, the enhancement script) and the policy that keeps them. */
  resources: z.object({ contentPage: z.array(z.string().startsWith('/')) }),
});
