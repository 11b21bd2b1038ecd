// The server as its own shared cache. Pages rendered from their URL (/match, /paths, /compare, …) are a
// pure function of the URL and the build, and say so with `Cache-Control: public, s-maxage=…`
// (lib/http-cache.ts). A workshop where thirty people open one link should cost one render, with or
// without a CDN in front, so the production server keeps such responses in memory for their
// s-maxage, in a bounded LRU. Requests for the same URL that arrive while it renders wait for that
// render instead of starting their own. The hashed assets under /_next/static/ (`immutable`) are kept
// the same way, so the framework's scripts are read and compressed once, not once per visitor.
// Each response is kept once per coding: as sent, gzip, and Brotli, which Next's server does not
// offer and which makes the scripts a phone downloads about 15% smaller. Brotli is worked out off
// the request path (zlib's thread pool); until it is ready the cache answers with gzip.
// `node --import ./install-page-cache.mjs server.js` installs it (scripts/serve.mjs and the
// Dockerfile do); it reads Next's responses and changes nothing in them but their coding.
import zlib from 'node:zlib';

/** Request headers that ask for something other than the page a person sees (Next's client router). */
const routerHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
/** Response headers Node writes afresh, or that describe one transfer (or one coding) rather than the page. */
const perTransferHeaders = new Set(['date', 'transfer-encoding', 'connection', 'keep-alive', 'content-length', 'content-encoding']);
/** Bodies worth compressing (images other than SVG already are). */
const compressibleType = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;
/** Brotli effort: hashed assets are compressed once per process, so the smallest; pages on every (re)render, so quick. */
const brotliQuality = { asset: 11, page: 5 };

/**
 * Wraps a server's request handling (installed on http.Server.prototype for the whole process, or on
 * one server in tests) with the cache. Returns the cache's counters, for tests and the bench.
 */
export function installPageCache(target, { maxBytes = 64 * 1024 * 1024, maxEntryBytes = 1024 * 1024, maxSeconds = 600, now = Date.now } = {}) {
  /** key → { expires, storedAt, status, headers, codings: { identity, gzip?, br? } }; a Map keeps insertion order, so re-inserting on use makes it an LRU. */
  const entries = new Map();
  /** key → the requests waiting for a render already under way. */
  const waiting = new Map();
  const stats = { hits: 0, misses: 0, stored: 0, bytes: 0 };
  const emit = target.emit;

  function forget(key) {
    const entry = entries.get(key);
    if (!entry) return;
    stats.bytes -= entry.bytes;
    entries.delete(key);
  }

  function serve(entry, req, res) {
    const coding = smallestAccepted(entry.codings, req.headers['accept-encoding']);
    const body = entry.codings[coding];
    const headers = { ...entry.headers, age: String(Math.floor((now() - entry.storedAt) / 1000)), 'x-page-cache': 'hit', 'content-length': body.length };
    if (coding !== 'identity') headers['content-encoding'] = coding;
    res.writeHead(entry.status, headers);
    res.end(body);
  }

  function store(key, entry) {
    forget(key);
    entries.set(key, entry);
    stats.bytes += entry.bytes;
    stats.stored++;
    keepWithinBound();
  }

  function keepWithinBound() {
    for (const oldest of entries.keys()) {
      if (stats.bytes <= maxBytes) break;
      forget(oldest);
    }
  }

  /** Adds the Brotli coding to an entry when it is ready, if the entry is still the one in the cache. */
  function addBrotli(key, entry, quality) {
    zlib.brotliCompress(entry.codings.identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }, (error, br) => {
      if (error || entries.get(key) !== entry || br.length >= (entry.codings.gzip ?? entry.codings.identity).length) return;
      entry.codings.br = br;
      entry.bytes += br.length;
      stats.bytes += br.length;
      keepWithinBound();
    });
  }

  function fresh(key) {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now()) {
      forget(key);
      return undefined;
    }
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  target.emit = function emitWithCache(event, req, res, ...rest) {
    if (event !== 'request' || !cacheableRequest(req)) return emit.call(this, event, req, res, ...rest);
    const key = cacheKey(req);
    const hit = fresh(key);
    if (hit) {
      stats.hits++;
      serve(hit, req, res);
      return true;
    }
    const queue = waiting.get(key);
    if (queue) {
      queue.push({ server: this, req, res, rest });
      return true;
    }
    stats.misses++;
    waiting.set(key, []);
    const chunks = [];
    let size = 0;
    const write = res.write;
    const end = res.end;
    const keep = (chunk, encoding) => {
      if (chunk == null || size > maxEntryBytes) return;
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk);
      size += buffer.length;
      chunks.push(buffer);
    };
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      if (typeof chunk !== 'function') keep(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    const settle = () => {
      const lifetime = res.writableFinished && size <= maxEntryBytes ? sharedLifetime(res, maxSeconds) : undefined;
      const codings = lifetime && codingsOf(Buffer.concat(chunks), res);
      if (codings) {
        const headers = {};
        for (const [name, value] of Object.entries(res.getHeaders())) if (!perTransferHeaders.has(name)) headers[name] = value;
        if (codings.gzip && !/\baccept-encoding\b/i.test(String(headers.vary ?? '')))
          headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
        const bytes = Object.values(codings).reduce((sum, body) => sum + body.length, 0);
        const entry = { expires: now() + lifetime.seconds * 1000, storedAt: now(), status: res.statusCode, headers, codings, bytes };
        store(key, entry);
        if (codings.gzip) addBrotli(key, entry, lifetime.immutable ? brotliQuality.asset : brotliQuality.page);
      }
      const queued = waiting.get(key) ?? [];
      waiting.delete(key);
      const entry = fresh(key);
      for (const next of queued) {
        if (entry) {
          stats.hits++;
          serve(entry, next.req, next.res);
        } else emit.call(next.server, 'request', next.req, next.res, ...next.rest);
      }
    };
    res.once('close', settle);
    return emit.call(this, event, req, res, ...rest);
  };
  return stats;
}

function cacheableRequest(req) {
  if (req.method !== 'GET') return false;
  if (routerHeaders.some((name) => name in req.headers)) return false;
  // A conditional request is Next's to answer (it knows the ETag); so is an authorised one, and a part of a file.
  return !['if-none-match', 'if-modified-since', 'authorization', 'cookie', 'range'].some((name) => name in req.headers);
}

function cacheKey(req) {
  // The page names the host it was asked for (its links and canonical address); the coding is chosen per request.
  return `${req.headers.host ?? ''} ${req.url}`;
}

/** The body as sent, decoded, and gzipped; undefined when it came in a coding the cache does not read. */
function codingsOf(sent, res) {
  const coding = String(res.getHeader('content-encoding') ?? 'identity').toLowerCase();
  if (coding === 'gzip') {
    try {
      return { identity: zlib.gunzipSync(sent), gzip: sent };
    } catch {
      return undefined;
    }
  }
  if (coding !== 'identity') return undefined;
  if (!compressibleType.test(String(res.getHeader('content-type') ?? ''))) return { identity: sent };
  const gzip = zlib.gzipSync(sent);
  return gzip.length < sent.length ? { identity: sent, gzip } : { identity: sent };
}

/** The smallest coding of the body that the request accepts (`Accept-Encoding`, where `;q=0` refuses). */
function smallestAccepted(codings, acceptEncoding = '') {
  const accepted = new Set();
  for (const part of String(acceptEncoding).toLowerCase().split(',')) {
    const [name, ...parameters] = part.trim().split(';');
    const refused = parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter));
    if (name && !refused) accepted.add(name.trim());
  }
  let best = 'identity';
  for (const coding of ['gzip', 'br']) {
    if (codings[coding] && (accepted.has(coding) || accepted.has('*')) && codings[coding].length < codings[best].length) best = coding;
  }
  return best;
}

/**
 * How long a shared cache may keep this response, or undefined when it may not: a page for its
 * s-maxage (at most maxSeconds), a hashed asset (`immutable`) for its max-age.
 */
function sharedLifetime(res, maxSeconds) {
  if (res.statusCode !== 200 || res.hasHeader('set-cookie')) return undefined;
  const control = String(res.getHeader('cache-control') ?? '').toLowerCase();
  if (!/\bpublic\b/.test(control) || /\b(no-store|no-cache|private)\b/.test(control)) return undefined;
  // Only what the response varies on that the key already holds (Next's router headers never reach here).
  const vary = String(res.getHeader('vary') ?? '')
    .toLowerCase()
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && name !== 'accept-encoding' && !routerHeaders.includes(name));
  if (vary.length > 0) return undefined;
  const shared = Number(/\bs-maxage=(\d+)/.exec(control)?.[1]);
  if (shared > 0) return { seconds: Math.min(shared, maxSeconds), immutable: false };
  const forever = Number(/\bmax-age=(\d+)/.exec(control)?.[1]);
  return /\bimmutable\b/.test(control) && forever > 0 ? { seconds: forever, immutable: true } : undefined;
}
