/** Every JS chunk an HTML page makes the browser load at start-up (noModule polyfill excluded), as `static/chunks/….js`. */
export function chunksOf(html: string): string[];
