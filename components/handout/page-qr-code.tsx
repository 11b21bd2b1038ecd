import { absoluteUrl } from '@/lib/site';

/**
 * The page's address as a QR code, so a printed handout leads back to the live page. An image drawn
 * by app/qr/route.ts (same site, no script), fetched with the page though shown only on paper,
 * floated beside the page's opening lines so it costs no height. Low priority: it is fetched with the
 * page (a browser may not fetch an image while it prints), but nothing on screen waits for it, so
 * React does not preload it ahead of the stylesheet and scripts.
 */
export function PageQrCode({ path }: { path: string }) {
  const url = absoluteUrl(path);
  return (
    <figure data-print="show" data-qr-url={url} className="hidden text-center text-xs print:float-right print:mb-2 print:ml-4 print:block">
      {/* biome-ignore lint/performance/noImgElement: a small same-site SVG shown only on paper; next/image would add a loader for nothing. */}
      <img
        src={`/qr?for=${encodeURIComponent(path)}`}
        alt={`QR code for ${url}`}
        width={113}
        height={113}
        fetchPriority="low"
        className="mx-auto h-[3cm] w-[3cm]"
      />
      <figcaption className="mt-1 max-w-[4.5cm]">Scan to open this page</figcaption>
    </figure>
  );
}
