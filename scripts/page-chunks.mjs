// Which of Next's script chunks a served HTML page makes the browser load at start-up: read by
// `npm run size` (what a page costs) and by the production-server test (what the build ships).

/** Every JS chunk an HTML page makes the browser load at start-up (noModule polyfill excluded), as `static/chunks/….js`. */
export function chunksOf(html) {
  const noModule = new Set([...html.matchAll(/<script[^>]*src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]));
  const chunks = new Set();
  for (const m of html.matchAll(/\/_next\/(static\/chunks\/[^"'\\\s]+?\.js)/g)) {
    if (!noModule.has(`/_next/${m[1]}`)) chunks.add(m[1]);
  }
  for (const m of html.matchAll(/"otherChunks":\[([^\]]*)\]/g)) {
    for (const c of m[1].matchAll(/"(static\/chunks\/[^"]+\.js)"/g)) chunks.add(c[1]);
  }
  return [...chunks];
}
