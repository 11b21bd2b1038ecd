import { expect, test } from '@playwright/test';
import { absoluteUrl } from '@/lib/site';
import { decodePrintedQr, pdfPageCount } from '../support/handout';

// A counselor prints a plan and hands it over; the QR code on the paper opens the same page.
test.use({ deviceScaleFactor: 2 });

const pathsPlan = '/paths?from=customer-service-representative&to=operations-manager';

test('a route prints on at most two A4 pages, with the plan, metrics per step and a QR code back to it', async ({ page }) => {
  await page.goto(pathsPlan);
  await expect(page.getByRole('button', { name: 'Print this plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Copy link/ })).toBeVisible();
  // On screen the QR code stays out of the way.
  await expect(page.locator('[data-qr-url]')).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: /From Customer Service Representative to Operations Manager/ })).toBeVisible();
  await expect(page.locator('[data-step-metrics]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The growth graph' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this plan' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
  expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);

  expect(await decodePrintedQr(page)).toBe(absoluteUrl(pathsPlan));
});

test('the QR code carries the plan as read, not the junk around it', async ({ page }) => {
  await page.goto('/paths?to=team-leader&utm_source=x&from=CUSTOMER-SERVICE-REPRESENTATIVE');
  expect(await decodePrintedQr(page)).toBe(absoluteUrl('/paths?from=customer-service-representative&to=team-leader'));
});

test('a role page prints with a QR code that opens the role', async ({ page }) => {
  await page.goto('/roles/team-leader');
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  expect(await decodePrintedQr(page)).toBe(absoluteUrl('/roles/team-leader'));
});

test('Print this plan opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto(pathsPlan);
  await page.getByRole('button', { name: 'Print this plan' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
