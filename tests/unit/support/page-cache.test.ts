import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { installPageCache } from '../../../scripts/page-cache.mjs';

type Reply = {
  status?: number;
  cacheControl?: string;
  vary?: string;
  body?: (url: string) => string;
  delayMs?: number;
  cookie?: boolean;
  contentType?: string;
  /** Gzip the body when the request accepts it, as Next's server does. */
  gzip?: boolean;
};

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server that renders each request (counting the renders), with the page cache installed on it alone. */
async function renderingServer(reply: Reply = {}, options: Record<string, unknown> = {}) {
  let renders = 0;
  const server = http.createServer(async (req, res) => {
    renders++;
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    res.statusCode = reply.status ?? 200;
    res.setHeader('cache-control', reply.cacheControl ?? 'public, max-age=60, s-maxage=600');
    if (reply.vary) res.setHeader('vary', reply.vary);
    if (reply.cookie) res.setHeader('set-cookie', 'a=b');
    res.setHeader('content-type', reply.contentType ?? 'text/html');
    const html = `<p>${(reply.body ?? ((url) => `render ${renders} of ${url}`))(req.url ?? '')}</p>`;
    if (reply.gzip && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('vary', 'Accept-Encoding');
      res.end(zlib.gzipSync(html));
      return;
    }
    // Streamed in two writes, as Next streams a page.
    res.write(html.slice(0, 3));
    res.end(html.slice(3));
  });
  const stats = installPageCache(server, options);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(origin + path, { headers });
    return { status: response.status, cache: response.headers.get('x-page-cache'), age: response.headers.get('age'), body: await response.text() };
  };
  /** The raw response: its coding and its bytes decoded by that coding. */
  const raw = (path: string, acceptEncoding: string) =>
    new Promise<{ coding: string; vary: string; cache: string | null; text: string }>((resolve, reject) => {
      http
        .get(origin + path, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const body = Buffer.concat(chunks);
            const coding = String(response.headers['content-encoding'] ?? 'identity');
            const decoded = coding === 'br' ? zlib.brotliDecompressSync(body) : coding === 'gzip' ? zlib.gunzipSync(body) : body;
            resolve({
              coding,
              vary: String(response.headers.vary ?? ''),
              cache: (response.headers['x-page-cache'] as string) ?? null,
              text: decoded.toString(),
            });
          });
        })
        .on('error', reject);
    });
  return { get, raw, stats, renders: () => renders };
}

/** Brotli is worked out off the request path: asks until the cache answers with it (or gives up). */
async function untilBrotli(server: Awaited<ReturnType<typeof renderingServer>>, path: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await server.raw(path, 'gzip, deflate, br');
    if (response.coding === 'br') return response;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${path} was never sent as Brotli`);
}

describe('the page cache: a link opened again is not rendered again', () => {
  it('answers the second request for a URL from memory, with the same page and an Age', async () => {
    const server = await renderingServer();
    const first = await server.get('/match?skills=communication');
    const second = await server.get('/match?skills=communication');
    expect(server.renders()).toBe(1);
    expect(second.body).toBe(first.body);
    expect(first.cache).toBeNull();
    expect(second.cache).toBe('hit');
    expect(second.age).toBe('0');
  });

  it('renders a different address on its own', async () => {
    const server = await renderingServer();
    await server.get('/match?skills=communication');
    const other = await server.get('/match?skills=empathy');
    expect(server.renders()).toBe(2);
    expect(other.body).toContain('/match?skills=empathy');
  });

  it('renders once for a classroom that opens the same link at the same moment', async () => {
    const server = await renderingServer({ delayMs: 50 });
    const pages = await Promise.all(Array.from({ length: 30 }, () => server.get('/paths?from=customer-service-representative')));
    expect(server.renders()).toBe(1);
    expect(new Set(pages.map((page) => page.body)).size).toBe(1);
  });

  it.each<[string, Reply]>([
    ['a page that may not be shared (no-store)', { cacheControl: 'no-store' }],
    ['a private page', { cacheControl: 'private, max-age=60' }],
    ['a page with no shared lifetime', { cacheControl: 'public, max-age=60' }],
    ['a not-found page', { status: 404 }],
    ['a page that sets a cookie', { cookie: true }],
    ['a page that varies on a header the cache does not key on', { vary: 'Accept-Language' }],
  ])('never keeps %s', async (_, reply) => {
    const server = await renderingServer(reply);
    await server.get('/x');
    const again = await server.get('/x');
    expect(server.renders()).toBe(2);
    expect(again.cache).toBeNull();
  });

  it.each([
    ['the client router asks for the RSC payload', { rsc: '1' }],
    ['the browser revalidates its copy', { 'if-none-match': '"abc"' }],
  ])('passes a request on to the server when %s', async (_, headers) => {
    const server = await renderingServer();
    await server.get('/match?skills=communication');
    const again = await server.get('/match?skills=communication', headers);
    expect(server.renders()).toBe(2);
    expect(again.cache).toBeNull();
  });

  it('keeps a page no longer than its s-maxage', async () => {
    let clock = 1_000_000;
    const server = await renderingServer({ cacheControl: 'public, s-maxage=10' }, { now: () => clock });
    await server.get('/compare?roles=trainer');
    clock += 9_000;
    expect((await server.get('/compare?roles=trainer')).age).toBe('9');
    clock += 2_000;
    await server.get('/compare?roles=trainer');
    expect(server.renders()).toBe(2);
  });

  it('stays within its memory bound, dropping the page used longest ago', async () => {
    const page = 'x'.repeat(1000);
    const server = await renderingServer({ body: () => page }, { maxBytes: 2500 });
    await server.get('/a');
    await server.get('/b');
    await server.get('/a'); // /a is now the most recently used
    await server.get('/c'); // over the bound: /b goes
    expect(server.stats.bytes).toBeLessThanOrEqual(2500);
    expect((await server.get('/a')).cache).toBe('hit');
    expect((await server.get('/b')).cache).toBeNull();
  });
});

describe('the page cache: each visitor downloads the smallest coding their browser reads', () => {
  const page = (url: string) => `${url} ${'a role, its skills and where it leads; '.repeat(200)}`;

  it('sends Brotli to a browser that reads it, gzip to one that reads only gzip, and the page as is to one that reads neither, all from one render', async () => {
    const server = await renderingServer({ gzip: true, body: page });
    const first = await server.raw('/match?skills=communication', 'gzip, deflate, br');
    expect(first.coding).toBe('gzip'); // the render itself, as the server sent it
    const brotli = await untilBrotli(server, '/match?skills=communication');
    const gzipOnly = await server.raw('/match?skills=communication', 'gzip, deflate');
    const none = await server.raw('/match?skills=communication', 'identity');
    const refused = await server.raw('/match?skills=communication', 'br;q=0, gzip;q=0');
    expect([gzipOnly.coding, none.coding, refused.coding]).toEqual(['gzip', 'identity', 'identity']);
    for (const response of [brotli, gzipOnly, none, refused]) {
      expect(response.text).toBe(first.text);
      expect(response.cache).toBe('hit');
      expect(response.vary.toLowerCase()).toContain('accept-encoding');
    }
    expect(server.renders()).toBe(1);
  });

  it('compresses a page the server sent uncompressed, for the next browser that reads gzip', async () => {
    const server = await renderingServer({ body: page });
    const first = await server.raw('/paths', 'identity');
    const second = await server.raw('/paths', 'gzip');
    expect(second.coding).toBe('gzip');
    expect(second.text).toBe(first.text);
    expect(server.renders()).toBe(1);
  });

  it("keeps a hashed script (immutable) past the pages' ten minutes, and compresses it once", async () => {
    let clock = 1_000_000;
    const server = await renderingServer(
      { gzip: true, body: page, cacheControl: 'public, max-age=31536000, immutable', contentType: 'application/javascript; charset=UTF-8' },
      { now: () => clock },
    );
    await server.raw('/_next/static/chunks/app.js', 'gzip, br');
    await untilBrotli(server, '/_next/static/chunks/app.js');
    clock += 24 * 3600 * 1000;
    expect((await server.raw('/_next/static/chunks/app.js', 'gzip, br')).coding).toBe('br');
    expect(server.renders()).toBe(1);
  });

  it('stays within its memory bound once the Brotli codings are added', async () => {
    const body = (url: string) => `${url} ${Array.from({ length: 400 }, (_, i) => `role ${i * 7919} `).join('')}`;
    const server = await renderingServer({ gzip: true, body });
    await server.raw('/a', 'gzip');
    await server.raw('/b', 'gzip');
    // Room for both pages as sent and decoded, but not for a third coding of both.
    const bound = server.stats.bytes + 200;
    const bounded = await renderingServer({ gzip: true, body }, { maxBytes: bound });
    // Both kept before either has its Brotli coding.
    await Promise.all([bounded.raw('/a', 'gzip'), bounded.raw('/b', 'gzip')]);
    await untilBrotli(bounded, '/b');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bounded.stats.bytes).toBeLessThanOrEqual(bound);
  });

  it('sends an image as it is, whatever the browser reads', async () => {
    const server = await renderingServer({ body: page, contentType: 'image/png' });
    await server.raw('/qr?for=%2Fpaths', 'gzip, br');
    const again = await server.raw('/qr?for=%2Fpaths', 'gzip, br');
    expect(again.cache).toBe('hit');
    expect(again.coding).toBe('identity');
  });

  it('passes a request for part of a file (Range) on to the server', async () => {
    const server = await renderingServer({ body: page });
    await server.get('/paths');
    const part = await server.get('/paths', { range: 'bytes=0-9' });
    expect(part.cache).toBeNull();
    expect(server.renders()).toBe(2);
  });
});
