import type { z } from 'zod';
import type { registrySchema } from './route-registry-schema';
import registry from './route-registry.json' with { type: 'json' };

// Every page once (lib/route-registry.json): cache policy, sitemap, header navigation, size budgets, Lighthouse
// runs and the page kinds the end-to-end checks visit all derive from it. JSON so that the .mjs
// scripts (size, Lighthouse) read the same file without a TypeScript step; its shape is
// lib/route-registry-schema.ts, which a unit test checks it against.

type Registry = z.infer<typeof registrySchema>;
export type PageRoute = Registry['pages'][number];

const typed = registry as Registry;

export const pageRoutes: readonly PageRoute[] = typed.pages;
export const resourceRoutes = typed.resources;
