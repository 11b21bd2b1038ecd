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
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto(pathsPlan);
  await page.getByRole('button', { name: 'Print this plan' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

const matchPlan = '/match?skills=communication:strong,empathy&target=team-leader';

test('a skill match prints as a plan on at most two A4 pages, and its QR code opens the same match', async ({ page }) => {
  await page.goto(matchPlan);
  await expect(page.getByRole('button', { name: 'Print this plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Copy link/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('region', { name: /A career plan from/ });
  await expect(handout).toBeVisible();
  await expect(handout.getByRole('heading', { name: 'Your skills' })).toBeVisible();
  await expect(handout.getByRole('heading', { name: 'You could apply now' })).toBeVisible();
  await expect(handout.getByRole('heading', { name: 'Your route to Team Leader' })).toBeVisible();
  await expect(handout.getByText(/Skills to gain:/).first()).toBeVisible();
  await expect(handout.getByText(/Judged on:/).first()).toBeVisible();
  await expect(handout.getByRole('heading', { name: 'The next skill worth learning' })).toBeVisible();
  // Skills alone are no work done: ways to show them, no CV line claiming a job.
  await expect(handout.getByRole('heading', { name: 'Show a skill with an example of your own' })).toBeVisible();
  // The interactive page stays off the paper.
  await expect(page.getByRole('heading', { name: 'Skill match', level: 1 })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
  expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
  expect(await decodePrintedQr(page)).toBe(absoluteUrl(matchPlan));
});

test('picks made after the page loaded are in the printed plan, printed from the button or straight away', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto(matchPlan);
  await page.getByRole('checkbox', { name: 'Problem-solving', exact: true }).check();
  await expect(page).toHaveURL(/problem-solving/);
  // Printed straight away (Ctrl+P): the handout is drawn from the picks on screen, so it already has the new one.
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('region', { name: /A career plan from/ });
  await expect(handout).toBeVisible();
  await expect(handout.getByText(/Problem-solving \(working\)/)).toBeVisible();
  expect(await decodePrintedQr(page)).toBe(absoluteUrl('/match?skills=communication:strong,empathy,problem-solving&target=team-leader'));
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Print this plan' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
