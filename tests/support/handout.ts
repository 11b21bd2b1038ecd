import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';

/** Pages in a PDF, counted from its page objects (as Chromium writes them). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/**
 * Reads the printed QR code back with a QR decoder (jsQR) from a screenshot of it in print view,
 * so the test checks what a phone camera would see, not the text we meant to encode.
 */
export async function decodePrintedQr(page: Page): Promise<string | undefined> {
  await page.emulateMedia({ media: 'print' });
  const image = page.locator('[data-qr-url] img');
  // The code is an image (/qr): wait until the browser has it, as a printer would.
  await image.evaluate((img: HTMLImageElement) => (img.complete && img.naturalWidth > 0 ? undefined : img.decode()));
  const png = PNG.sync.read(await image.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
