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
  const png = PNG.sync.read(await page.locator('[data-qr-url] img').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
