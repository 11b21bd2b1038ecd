// Paint first, then start the framework. The interactive pages are rendered whole on the server, so a
// person can read them before any script runs; but Next writes its scripts as `<script async>` in the
// head, and on a fast connection they arrive and run before the first paint, so a mid-range phone
// shows nothing until React has loaded. The production server hands those scripts to one small inline
// loader that adds them, unchanged and in the same order, once the page has painted. Nothing else in
// the page changes: the same markup, the same data, the same hydration, only later than the first
// paint. Pages without Next's scripts (the reading pages) pass through untouched.
import zlib from 'node:zlib';

/** A script tag React writes for one of Next's chunks (preinit or bootstrap). */
const chunkScript = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
/** The head's early fetch of the bootstrap chunk: the loader asks for it after the paint instead. */
const chunkPreload = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"]+\.js"\/>/g;

/** The attribute that lists, in order and space-separated, the scripts the loader adds. */
const afterPaintAttribute = 'data-scripts-after-paint';

// Starts at the first contentful paint, or when the document has been parsed (DOMContentLoaded) if
// that comes first: the load event then still waits for the framework, as it did with Next's own tags,
// so a page that has loaded has come to life. Where a browser has no paint timing, it starts then too.
const loader = `(() => {
  const sources = document.currentScript.getAttribute('${afterPaintAttribute}').split(' ');
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const src of sources) {
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      document.head.append(script);
    }
  };
  document.addEventListener('DOMContentLoaded', start, { once: true });
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
})();`;

/**
 * The page with Next's chunk scripts moved behind the first paint: their tags (and the bootstrap
 * chunk's preload) come out, and one inline loader at the end of the body lists them. A page with
 * none of them comes back as it was.
 */
export function paintFirstHtml(html) {
  const sources = [];
  const without = html.replace(chunkScript, (_, src) => {
    if (!sources.includes(src)) sources.push(src);
    return '';
  });
  if (sources.length === 0 || !without.includes('</body>')) return html;
  const tag = `<script ${afterPaintAttribute}="${sources.join(' ')}">${loader}</script>`;
  const at = without.lastIndexOf('</body>');
  return without.slice(0, at).replace(chunkPreload, '') + tag + without.slice(at);
}

/** The scripts a page loads: its `<script src>` tags and those its loader adds after the first paint. */
export function pageScripts(html) {
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const afterPaint = [...html.matchAll(new RegExp(`${afterPaintAttribute}="([^"]*)"`, 'g'))].flatMap((m) => m[1].split(' '));
  return [...tags, ...afterPaint];
}

const codings = {
  gzip: [zlib.gunzipSync, zlib.gzipSync],
  deflate: [zlib.inflateSync, zlib.deflateSync],
  identity: [(body) => body, (body) => body],
};

/**
 * Rewrites every HTML response of a server (installed on http.Server.prototype for the whole process,
 * or on one server in tests) with paintFirstHtml. An HTML response is held until it ends (these pages
 * render in one go; the page cache keeps them whole anyway), decoded, rewritten and encoded again the
 * way Next encoded it. Anything else is passed through as it is written.
 */
export function installPaintFirst(target) {
  const emit = target.emit;
  target.emit = function emitPaintingFirst(event, req, res, ...rest) {
    if (event === 'request') holdHtml(res);
    return emit.call(this, event, req, res, ...rest);
  };
}

function holdHtml(res) {
  const { writeHead, write, end, flushHeaders } = res;
  /** undefined until the headers are known; then whether this response is HTML, held until it ends. */
  let holding;
  let finishing = false;
  const chunks = [];
  const decide = () => {
    holding ??= /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''));
    return holding;
  };
  const keep = (chunk, encoding) => {
    if (chunk == null || typeof chunk === 'function') return;
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
  };
  res.writeHead = function (status, ...args) {
    if (finishing) return writeHead.call(this, status, ...args);
    const headers = args.find((arg) => arg && typeof arg === 'object');
    if (headers) for (const [name, value] of Array.isArray(headers) ? pairs(headers) : Object.entries(headers)) this.setHeader(name, value);
    this.statusCode = status;
    if (decide()) return this;
    return writeHead.call(this, status, ...args.filter((arg) => typeof arg === 'string'));
  };
  res.flushHeaders = function () {
    if (!decide()) return flushHeaders.call(this);
  };
  res.write = function (chunk, encoding, callback) {
    if (!decide()) return write.call(this, chunk, encoding, callback);
    keep(chunk, encoding);
    if (typeof encoding === 'function') encoding();
    else if (typeof callback === 'function') callback();
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (!decide()) return end.call(this, chunk, encoding, callback);
    keep(chunk, encoding);
    finishing = true;
    const body = rewritten(Buffer.concat(chunks), String(res.getHeader('content-encoding') ?? 'identity').toLowerCase());
    if (body && res.req?.method !== 'HEAD') this.setHeader('content-length', body.length);
    writeHead.call(this, this.statusCode);
    return end.call(this, body ?? Buffer.concat(chunks), typeof encoding === 'function' ? encoding : callback);
  };
}

/** The body with paintFirstHtml applied, or undefined when it is unchanged, empty or in an unknown coding. */
function rewritten(body, coding) {
  const codec = codings[coding];
  if (!codec || body.length === 0) return undefined;
  const [decode, encode] = codec;
  const html = decode(body).toString('utf8');
  const painted = paintFirstHtml(html);
  return painted === html ? undefined : encode(Buffer.from(painted, 'utf8'));
}

function pairs(flat) {
  const list = [];
  for (let i = 0; i + 1 < flat.length; i += 2) list.push([flat[i], flat[i + 1]]);
  return list;
}
