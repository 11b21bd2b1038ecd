import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteNavLinks } from '@/components/layout/site-nav-links';
import { sitemapPaths } from '@/app/sitemap';
import { contentPageSources, urlPageSources } from '@/lib/http-cache';
import registry from '@/lib/route-registry.json' with { type: 'json' };
import { registrySchema } from '@/lib/route-registry-schema';
import { pageRoutes } from '@/lib/routes';
import { getContent } from '@/lib/content/load';

/** Every file under a folder, relative to the repository root. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(path.relative('.', entry.parentPath), entry.name));
}

/** The route pattern a page file answers, in the registry's syntax (`[slug]` becomes `:slug`). */
function routeOf(file: string, router: 'pages' | 'app'): string {
  const segments = file.split(path.sep).slice(1);
  const inner = router === 'app' ? segments.slice(0, -1) : [...segments.slice(0, -1), segments.at(-1)!.replace(/\.tsx$/, '')].filter((s) => s !== 'index');
  return `/${inner.map((s) => s.replace(/^\[(.+)\]$/, ':$1')).join('/')}`;
}

const pageFiles = [
  ...filesUnder('pages')
    .filter((file) => file.endsWith('.tsx') && !/(^|\/)_(app|document)\.tsx$/.test(file))
    .map((file) => ({ file, router: 'pages' as const })),
  ...filesUnder('app')
    .filter((file) => file.endsWith(`${path.sep}page.tsx`))
    .map((file) => ({ file, router: 'app' as const })),
];

describe('the route registry', () => {
  it('has the shape its schema documents', () => {
    expect(registrySchema.safeParse(registry).error).toBeUndefined();
  });

  it('finds the page files it checks (the scan itself works)', () => {
    expect(pageFiles.map((page) => page.file)).toEqual(expect.arrayContaining(['pages/index.tsx', 'pages/roles/[slug].tsx', 'app/match/page.tsx']));
    expect(routeOf('pages/roles/[slug].tsx', 'pages')).toBe('/roles/:slug');
    expect(routeOf('pages/roles/index.tsx', 'pages')).toBe('/roles');
    expect(routeOf('app/paths/page.tsx', 'app')).toBe('/paths');
  });

  it.each(pageFiles)('declares $file once, under its router', ({ file, router }) => {
    const entries = pageRoutes.filter((page) => page.path === routeOf(file, router));
    expect(entries, `${file} has no entry in lib/route-registry.json`).toHaveLength(1);
    expect(entries[0]!.router).toBe(router);
  });

  it('has a page file for every entry', () => {
    const routes = pageFiles.map(({ file, router }) => routeOf(file, router));
    expect(pageRoutes.map((page) => page.path).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('gives every sample URL to the page it belongs to', () => {
    for (const page of pageRoutes) {
      const pattern = new RegExp(`^${page.path.replace(':slug', '[^/?]+')}(\\?|$)`);
      for (const sample of page.samples) expect(sample.url, page.path).toMatch(pattern);
    }
  });

  it('names each sample kind once', () => {
    const kinds = pageRoutes.flatMap((page) => page.samples.map((sample) => sample.kind));
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('keeps a budget only where size.mjs can measure it: js and payload on App Router pages, html only on reading pages', () => {
    for (const page of pageRoutes) {
      for (const { size } of page.samples) {
        if (!size) continue;
        if (page.router === 'app') expect(size, page.path).toEqual({ html: expect.any(Number), js: expect.any(Number), payload: expect.any(Number) });
        else expect(Object.keys(size), page.path).toEqual(['html']);
      }
    }
  });

  it('derives cache policy, navigation and the sitemap from the entries', () => {
    expect(urlPageSources).toEqual(['/roles', '/match', '/paths', '/compare', '/search']);
    expect(contentPageSources).toEqual(expect.arrayContaining(['/', '/roles/:slug', '/guides/:slug', '/enhance.js']));
    expect(contentPageSources).not.toContain('/match');
    expect(siteNavLinks.map((link) => link.href)).toEqual(['/roles', '/skills', '/backgrounds', '/match', '/paths', '/guides', '/glossary']);
    const content = getContent();
    const sitemap = sitemapPaths(content);
    // The eleven pages the sitemap listed before the registry, plus one per role, skill, past job and guide.
    expect(sitemap).not.toContain('/search');
    expect(sitemap).toContain('/roles/customer-service-representative');
    expect(sitemap).toHaveLength(11 + content.roles.length + content.skills.length + content.backgrounds.length + content.guides.length);
  });
});
