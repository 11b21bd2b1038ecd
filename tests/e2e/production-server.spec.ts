import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cachePolicy } from '../../lib/http-cache';
import { compileHint } from '../../scripts/compile-hints';
import { chunksOf } from '../../scripts/page-chunks.mjs';
import { prepareStandalone, serverArgs } from '../../scripts/serve.mjs';
import { expectSecurityHeaders } from '../support/security-headers';
import { startServer, type RunningServer } from '../support/servers';

// The site is deployed behind a reverse proxy (server bound to loopback) or in a container (the
// standalone server). A mistyped link must still answer 404 with the closest real pages, and the
// artifact must serve its pages, assets, headers and public address as configured.

const mistyped = [
  { path: '/roles/customer-service-rep', closest: '/roles/customer-service-representative' },
  { path: '/skills/comunication', closest: '/skills/communication' },
  { path: '/guides/what-is-bp', closest: '/guides/what-is-bpo' },
];

async function expectNotFoundWithSuggestions(origin: string): Promise<void> {
  for (const { path: requested, closest } of mistyped) {
    const response = await fetch(origin + requested);
    expect(response.status, requested).toBe(404);
    const html = await response.text();
    // Real HTML, readable without JavaScript, suggesting the page the person meant.
    expect(html, requested).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(html, requested).toMatch(new RegExp(`<a[^>]*href="${closest}"`));
  }
}

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

for (const host of [undefined, '127.0.0.1', '0.0.0.0']) {
  test(`next start ${host ? `-H ${host}` : 'without -H'}: unknown slugs answer 404 with suggestions`, async () => {
    const server = await startServer('npx', (port) => ['next', 'start', '-p', String(port), ...(host ? ['-H', host] : [])], {
      env: { NEXT_DIST_DIR: distDir },
    });
    try {
      await expectNotFoundWithSuggestions(server.origin);
    } finally {
      await server.stop();
    }
  });
}

test.describe
  .serial('the standalone server, built for https://careers.example.org', () => {
    const deployDir = '.next-deploy';
    const siteUrl = 'https://careers.example.org';
    let server: RunningServer;

    test.beforeAll(async () => {
      test.setTimeout(600_000);
      // A build of its own, as a deployer makes it: the public address is fixed at build time.
      const build = spawnSync('npx', ['next', 'build'], {
        env: { ...process.env, NEXT_DIST_DIR: deployDir, SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
      expect(build.stdout + build.stderr).not.toContain('SITE_URL is not set');
      // Run from its own folder with the HOSTNAME variable, exactly as the container does.
      const cwd = prepareStandalone(deployDir);
      server = await startServer(process.execPath, () => serverArgs, { cwd, env: { HOSTNAME: '127.0.0.1', NEXT_DIST_DIR: deployDir } });
    });

    test.afterAll(async () => {
      await server?.stop();
    });

    test('serves a role page with the configured public address in every absolute link', async () => {
      const response = await fetch(`${server.origin}/roles/customer-service-representative`);
      expect(response.status).toBe(200);
      expectSecurityHeaders(Object.fromEntries(response.headers));
      const html = await response.text();
      expect(html).toContain('Customer Service Representative');
      const rolePage = `${siteUrl}/roles/customer-service-representative`;
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="${rolePage}"`));
      expect(html).toMatch(new RegExp(`<meta property="og:url" content="${rolePage}"`));
      expect(html).toMatch(new RegExp(`<meta property="og:image" content="${rolePage}/opengraph-image[^"]*"`));
      expect(html).not.toContain('localhost');

      const sitemap = await (await fetch(`${server.origin}/sitemap.xml`)).text();
      expect(sitemap).toContain(`<loc>${rolePage}</loc>`);
      expect(sitemap).not.toContain('localhost');
    });

    test('serves the pages’ hashed CSS and JavaScript, cacheable forever, and the enhancement script', async () => {
      // A role page is plain HTML with its stylesheet; the graph page loads the framework's chunks.
      const assets: RegExpMatchArray[] = [];
      for (const page of ['/roles/customer-service-representative', '/paths']) {
        const html = await (await fetch(server.origin + page)).text();
        assets.push(...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+\.(css|js))"/g));
      }
      expect(assets.map(([, , kind]) => kind)).toEqual(expect.arrayContaining(['css', 'js']));
      for (const [, asset, kind] of assets) {
        const response = await fetch(server.origin + asset!);
        expect(response.status, asset).toBe(200);
        expect(response.headers.get('content-type'), asset).toContain(kind === 'css' ? 'text/css' : 'javascript');
        expect(response.headers.get('cache-control'), asset).toContain('immutable');
        expectSecurityHeaders(Object.fromEntries(response.headers));
      }
      const enhancement = await fetch(`${server.origin}/enhance.js`);
      expect(enhancement.status).toBe(200);
      expect(enhancement.headers.get('content-type')).toContain('javascript');
      expect(enhancement.headers.get('cache-control')).toBe(cachePolicy.contentPage);
    });

    test('sends the framework’s scripts with the hint to compile them while they download, and the page’s own code without it', async () => {
      const html = await (await fetch(`${server.origin}/match?skills=communication,empathy`)).text();
      const scripts = chunksOf(html);
      const texts = await Promise.all(scripts.map(async (chunk) => (await fetch(`${server.origin}/_next/${chunk}`)).text()));
      const hinted = texts.map((text) => text.startsWith(compileHint));
      // The largest script is the framework (React DOM), which every interactive page runs while it hydrates.
      const largest = texts.reduce((best, text, index) => (text.length > texts[best]!.length ? index : best), 0);
      expect(hinted[largest], scripts[largest]).toBe(true);
      expect(hinted.filter(Boolean).length).toBeGreaterThanOrEqual(3);
      // The match page's own chunk (its data and controls) is compiled as it is used.
      expect(hinted.some((isHinted) => !isHinted)).toBe(true);
    });

    test('answers unknown slugs with 404 and suggestions', async () => {
      await expectNotFoundWithSuggestions(server.origin);
    });

    test('lets shared caches keep static pages and URL-rendered pages for their documented times', async () => {
      for (const page of ['/', '/roles/customer-service-representative', '/skills/communication', '/guides/what-is-bpo', '/glossary']) {
        expect((await fetch(server.origin + page)).headers.get('cache-control'), page).toBe(cachePolicy.contentPage);
      }
      for (const page of [
        '/match?skills=communication,empathy',
        '/paths?from=customer-service-representative',
        '/compare?roles=trainer,qa-manager',
        '/search?q=quality',
        '/roles?track=leadership',
      ]) {
        const response = await fetch(server.origin + page);
        expect(response.status, page).toBe(200);
        expect(response.headers.get('cache-control'), page).toBe(cachePolicy.urlPage);
      }
      // A 404 must not be kept as if it were the page.
      expect((await fetch(`${server.origin}/roles/nope`)).headers.get('cache-control')).not.toContain('s-maxage');
    });

    test('answers the health check with the build it runs', async () => {
      const response = await fetch(`${server.origin}/healthz`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe(cachePolicy.uncached);
      const buildId = fs.readFileSync(path.join(deployDir, 'BUILD_ID'), 'utf8').trim();
      expect(await response.json()).toEqual({ status: 'ok', buildId });
    });
  });
