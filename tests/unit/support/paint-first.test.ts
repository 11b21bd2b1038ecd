import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { installPageCache } from '../../../scripts/page-cache.mjs';
import { installPaintFirst, pageScripts, paintFirstHtml } from '../../../scripts/paint-first.mjs';

// The shape Next 16 writes for an App Router page: chunk scripts preinitialised in the head, the
// bootstrap chunk preloaded there and written again at the end of the body, the RSC payload inline.
const appPage = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>',
  '<script src="/_next/static/chunks/react-dom.js" async=""></script>',
  '<script src="/_next/static/chunks/main-app.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script src="/enhance.js" defer=""></script>',
  '</head><body><main><h1>Skill match</h1></main>',
  '<script src="/_next/static/chunks/boot.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

const readingPage = '<!DOCTYPE html><html><head><script src="/enhance.js" defer=""></script></head><body><h1>Team Leader</h1></body></html>';

describe('paintFirstHtml: the framework starts after the first paint', () => {
  it("takes Next's chunk scripts out of the page and lists them, in order, on one loader at the end of the body", () => {
    const painted = paintFirstHtml(appPage);
    expect(painted).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async="">/);
    expect(painted).not.toContain('rel="preload" as="script"');
    expect(painted).toMatch(/<script data-scripts-after-paint="[^"]+">[\s\S]*first-contentful-paint[\s\S]*<\/script><\/body><\/html>$/);
    expect(pageScripts(painted)).toEqual([
      '/_next/static/chunks/polyfills.js',
      '/enhance.js',
      '/_next/static/chunks/react-dom.js',
      '/_next/static/chunks/main-app.js',
      '/_next/static/chunks/boot.js',
    ]);
  });

  it('keeps everything else: the markup, the stylesheet, the polyfill for old browsers, the enhancement script and the inline payload', () => {
    const painted = paintFirstHtml(appPage);
    for (const kept of [
      '<h1>Skill match</h1>',
      'href="/_next/static/chunks/site.css"',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script src="/enhance.js" defer=""></script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    ]) {
      expect(painted).toContain(kept);
    }
  });

  it('leaves a reading page, which loads no framework, exactly as it was', () => {
    expect(paintFirstHtml(readingPage)).toBe(readingPage);
    expect(pageScripts(readingPage)).toEqual(['/enhance.js']);
  });

  /** Runs the page's loader against a stand-in document; returns what it added and how to fire its two triggers. */
  function runLoader(supportsPaint = true) {
    const painted = paintFirstHtml(appPage);
    const loaderSource = /<script data-scripts-after-paint="[^"]+">([\s\S]*?)<\/script>/.exec(painted)![1]!;
    const sources = /data-scripts-after-paint="([^"]+)"/.exec(painted)![1]!.split(' ');
    const added: string[] = [];
    let paint: ((list: { getEntriesByName: (name: string) => unknown[] }, observer: { disconnect: () => void }) => void) | undefined;
    let parsed: (() => void) | undefined;
    const fakeDocument = {
      currentScript: { getAttribute: () => sources.join(' ') },
      createElement: () => ({ src: '', async: false }),
      head: { append: (script: { src: string; async: boolean }) => added.push(`${script.src}${script.async ? ' async' : ''}`) },
      addEventListener: (type: string, listener: () => void) => {
        if (type === 'DOMContentLoaded') parsed = listener;
      },
    };
    class FakeObserver {
      static supportedEntryTypes = supportsPaint ? ['paint'] : [];
      constructor(callback: typeof paint) {
        paint = callback;
      }
      observe() {}
    }
    new Function('document', 'PerformanceObserver', loaderSource)(fakeDocument, FakeObserver);
    const expected = sources.map((src) => `${src} async`);
    return { added, expected, paint: (entries: unknown[]) => paint?.({ getEntriesByName: () => entries }, { disconnect: () => {} }), parsed: () => parsed?.() };
  }

  it('runs in a page: the loader adds the scripts at the first contentful paint, once, and nothing before', () => {
    const page = runLoader();
    expect(page.added).toEqual([]);
    page.paint([]);
    expect(page.added).toEqual([]);
    page.paint([{}]);
    expect(page.added).toEqual(page.expected);
    page.parsed();
    expect(page.added).toEqual(page.expected);
  });

  it('adds them when the document has been parsed if that comes before the paint, so the load event still waits for them', () => {
    const page = runLoader();
    page.parsed();
    expect(page.added).toEqual(page.expected);
    page.paint([{}]);
    expect(page.added).toEqual(page.expected);
  });

  it('in a browser without paint timing, adds them when the document has been parsed', () => {
    const page = runLoader(false);
    expect(page.added).toEqual([]);
    page.parsed();
    expect(page.added).toEqual(page.expected);
  });
});

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server that answers like Next: HTML streamed in pieces, gzipped when asked (Next's compression runs inside the handler). */
async function nextLikeServer(body: string, { contentType = 'text/html; charset=utf-8', cache = false } = {}) {
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', contentType);
    res.setHeader('cache-control', 'public, max-age=60, s-maxage=600');
    const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      res.setHeader('content-encoding', 'gzip');
      const stream = zlib.createGzip();
      stream.on('data', (chunk) => res.write(chunk));
      stream.on('end', () => res.end());
      res.flushHeaders();
      stream.write(body.slice(0, 100));
      stream.end(body.slice(100));
    } else {
      res.writeHead(200, { 'x-rendered': 'yes' });
      res.write(body.slice(0, 100));
      res.end(body.slice(100));
    }
  });
  installPaintFirst(server);
  if (cache) installPageCache(server);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(origin + path, { headers });
    return { response, text: await response.text() };
  };
}

describe('installPaintFirst: the production server sends every page painted first', () => {
  it('rewrites a gzipped page and sends it gzipped, with its true length', async () => {
    const get = await nextLikeServer(appPage);
    const { response, text } = await get('/match', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(text).toBe(paintFirstHtml(appPage));
    expect(Number(response.headers.get('content-length'))).toBe(zlib.gzipSync(Buffer.from(text)).length);
  });

  it('rewrites an uncompressed page and keeps the headers the page set', async () => {
    const get = await nextLikeServer(appPage);
    const { response, text } = await get('/match', { 'accept-encoding': 'identity' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-rendered')).toBe('yes');
    expect(text).toBe(paintFirstHtml(appPage));
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
  });

  it('passes anything that is not HTML through as written', async () => {
    const script = `console.log(${JSON.stringify(appPage)})`;
    const get = await nextLikeServer(script, { contentType: 'text/javascript' });
    const { response, text } = await get('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' });
    expect(text).toBe(script);
    expect(response.headers.get('content-length')).toBeNull();
  });

  it('lets the page cache keep the painted-first page, so a repeat visit gets the same page', async () => {
    const get = await nextLikeServer(appPage, { cache: true });
    const first = await get('/match?skills=empathy', { 'accept-encoding': 'gzip' });
    const second = await get('/match?skills=empathy', { 'accept-encoding': 'gzip' });
    expect(second.response.headers.get('x-page-cache')).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.text).toBe(paintFirstHtml(appPage));
  });
});
