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
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
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
        <path d={d} fill="#000" />
      </svg>
      <figcaption className="mt-1 max-w-[4.5cm]">Scan to open this page</figcaption>
    </figure>
  );
}
