import { encode } from 'uqr';
import { absoluteUrl } from '@/lib/site';

/**
 * The page's address as a QR code, drawn on the server as SVG (no script, no image request), so a
 * printed handout leads back to the live page. Shown only on paper, floated beside the page's opening lines so it costs no height.
 */
export function PageQrCode({ path }: { path: string }) {
  const url = absoluteUrl(path);
  // Medium error correction survives a crease or a smudge; two modules of margin inside the white square.
  const { data, size } = encode(url, { ecc: 'M', border: 2 });
  const d = qrPath(data);
  return (
    <figure data-print="show" data-qr-url={url} className="hidden text-center text-xs print:float-right print:mb-2 print:ml-4 print:block">
      <svg
        role="img"
        aria-label={`QR code for ${url}`}
        viewBox={`0 0 ${size} ${size}`}
        width="3cm"
        height="3cm"
        shapeRendering="crispEdges"
        className="mx-auto"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={d} stroke="#000" strokeWidth={1} fill="none" />
      </svg>
      <figcaption className="mt-1 max-w-[4.5cm]">Scan to open this page</figcaption>
    </figure>
  );
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
