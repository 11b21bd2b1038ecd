// The server as its own shared cache. Pages rendered from their URL (/match, /paths, /compare, …) are a
// pure function of the URL and the build, and say so with `Cache-Control: public, s-maxage=…`
// (lib/http-cache.ts). A workshop where thirty people open one link should cost one render, with or
// without a CDN in front, so the production server keeps such responses in memory for their
// s-maxage, in a bounded LRU. Requests for the same URL that arrive while it renders wait for that
// render instead of starting their own. `node --import ./install-page-cache.mjs server.js` installs it
// (scripts/serve.mjs and the Dockerfile do); it reads Next's responses and changes nothing in them.

/** Request headers that ask for something other than the page a person sees (Next's client router). */
const routerHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
/** Response headers Node writes afresh, or that describe one transfer rather than the page. */
const perTransferHeaders = new Set(['date', 'transfer-encoding', 'connection', 'keep-alive', 'content-length']);

/**
 * Wraps a server's request handling (installed on http.Server.prototype for the whole process, or on
 * one server in tests) with the cache. Returns the cache's counters, for tests and the bench.
 */
export function installPageCache(target, { maxBytes = 64 * 1024 * 1024, maxEntryBytes = 1024 * 1024, maxSeconds = 600, now = Date.now } = {}) {
  /** key → { expires, storedAt, status, headers, body }; a Map keeps insertion order, so re-inserting on use makes it an LRU. */
  const entries = new Map();
  /** key → the requests waiting for a render already under way. */
  const waiting = new Map();
  const stats = { hits: 0, misses: 0, stored: 0, bytes: 0 };
  const emit = target.emit;

  function forget(key) {
    const entry = entries.get(key);
    if (!entry) return;
    stats.bytes -= entry.body.length;
    entries.delete(key);
  }

  function serve(entry, res) {
    const headers = { ...entry.headers, age: String(Math.floor((now() - entry.storedAt) / 1000)), 'x-page-cache': 'hit', 'content-length': entry.body.length };
    res.writeHead(entry.status, headers);
    res.end(entry.body);
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
      serve(hit, res);
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
      const seconds = res.writableFinished && size <= maxEntryBytes ? sharedLifetime(res) : undefined;
      if (seconds !== undefined) {
        const headers = {};
        for (const [name, value] of Object.entries(res.getHeaders())) if (!perTransferHeaders.has(name)) headers[name] = value;
        const body = Buffer.concat(chunks);
        forget(key);
        entries.set(key, { expires: now() + Math.min(seconds, maxSeconds) * 1000, storedAt: now(), status: res.statusCode, headers, body });
        stats.bytes += body.length;
        stats.stored++;
        for (const oldest of entries.keys()) {
          if (stats.bytes <= maxBytes) break;
          forget(oldest);
        }
      }
      const queued = waiting.get(key) ?? [];
      waiting.delete(key);
      const entry = fresh(key);
      for (const next of queued) {
        if (entry) {
          stats.hits++;
          serve(entry, next.res);
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
  // A conditional request is Next's to answer (it knows the ETag); so is an authorised one.
  return !('if-none-match' in req.headers || 'if-modified-since' in req.headers || 'authorization' in req.headers || 'cookie' in req.headers);
}

function cacheKey(req) {
  // The body differs by compression and by the host the page names.
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  return `${gzip ? 'gzip' : 'identity'} ${req.headers.host ?? ''} ${req.url}`;
}

/** Seconds a shared cache may keep this response, or undefined when it may not. */
function sharedLifetime(res) {
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
  const seconds = Number(/\bs-maxage=(\d+)/.exec(control)?.[1]);
  return seconds > 0 ? seconds : undefined;
}
