import { encode } from 'uqr';

// The printed handouts' QR code: the page's address, drawn as SVG text. Served as an image
// (app/qr/route.ts), so a page's HTML and payload carry one short <img> instead of the drawing.

/** The longest page path a QR code is drawn for (a shared link is far shorter). */
export const qrPathMaxLength = 1000;

/** A QR code for `url` as an SVG document: black modules on a white square, two modules of margin. */
export function qrSvg(url: string): string {
  // Medium error correction survives a crease or a smudge.
  const { data, size } = encode(url, { ecc: 'M', border: 2 });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${qrPath(data)}" stroke="#000" stroke-width="1" fill="none"/></svg>`;
}

/** Whether `path` is a path on this site a QR code may be drawn for (never another site's address). */
export function isSitePath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') && path.length <= qrPathMaxLength;
}

/**
 * The dark modules as one stroked path: each run of dark modules in a row is a line one module
 * thick through the row's middle, reached from the last by a relative move. A third of the bytes of
 * a square per module, and it prints the same.
 */
export function qrPath(rows: readonly (readonly boolean[])[]): string {
  let d = '';
  rows.forEach((row, y) => {
    let end: number | undefined;
    for (let x = 0; x < row.length; x++) {
      if (!row[x] || row[x - 1]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += end === undefined ? `M${x} ${y + 0.5}h${run}` : `m${x - end} 0h${run}`;
      end = x + run;
    }
  });
  return d;
}
