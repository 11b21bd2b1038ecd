import { expect, test, type Page } from '@playwright/test';
import { pdfPageCount } from '../support/handout';

// The printed route is a handout on its own: a counselor hands it over and the client reads it
// without the screen. Steps are numbered with what each takes, advice is open, nothing on paper
// points at something that is not printed, and the graph's badges count steps as the text does.

const planUrl = '/paths?from=customer-service-representative&to=operations-manager';

/** What paper shows: the page's text as rendered with print styles. */
const printedText = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('main').innerText();
  await page.emulateMedia({ media: 'screen' });
  return text;
};

test('every section open on screen is printed, advice included, and nothing on paper refers to what is absent', async ({ page }) => {
  await page.goto(planUrl);
  const closedPages = pdfPageCount(await page.pdf({ format: 'A4' }));
  // Open the first alternative on screen: it must be printed as it is shown.
  const summary = page.locator('summary', { hasText: /^Alternative 1:/ });
  await summary.click();
  await expect(summary.locator('..')).toHaveAttribute('open', '');

  const onScreen = await page
    .locator('[data-route] li[data-step-role]')
    .filter({ visible: true })
    .evaluateAll((items) => items.map((li) => li.querySelector('h4')?.textContent?.trim() ?? ''));
  expect(onScreen.length).toBeGreaterThanOrEqual(2);
  const paper = await printedText(page);

  // Numbered steps, each with what it takes.
  for (const heading of onScreen) expect(paper).toContain(heading.replace(/\s+/g, ' ').split(' (')[0]!);
  await page.emulateMedia({ media: 'print' });
  for (const step of await page.locator('[data-route] li[data-step-role]').filter({ visible: true }).all()) {
    await expect(step.locator('h4')).toHaveText(/^Step \d+: /);
    await expect(step.locator('h4 + p')).toBeVisible();
  }
  // Advice collapsed on screen is open on paper.
  const advice = page.locator('details[data-print="open"]');
  expect(await advice.count()).toBeGreaterThan(0);
  for (const details of await advice.all()) {
    if (!(await details.isVisible())) continue;
    await expect(details.locator('li').first()).toBeVisible();
  }
  // The graph stays off paper, so no printed words point at it.
  await expect(page.locator('svg[data-graph]')).toBeHidden();
  expect(paper).not.toMatch(/graph/i);
  expect(paper).not.toMatch(/\bbelow\b/i);
  // Nor at the pickers, which stay on screen too.
  expect(paper).not.toMatch(/\bpick\b/i);

  // The paper itself (not only the print styles) carries the opened alternative: it takes more pages.
  expect(closedPages).toBeGreaterThanOrEqual(1);
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(closedPages);
});

test('the graph numbers the steps as the text does: badge n is “Step n”, the start is marked', async ({ page }) => {
  await page.goto(planUrl.replace('operations-manager', 'qa-manager'));
  const steps = await page
    .locator('[data-route="0"] li[data-step-role]')
    .evaluateAll((items) => items.map((li) => [li.getAttribute('data-step-role'), li.querySelector('h4')?.textContent?.match(/^Step (\d+)/)?.[1]] as const));
  expect(steps.length).toBeGreaterThanOrEqual(2);
  const badge = (slug: string) => page.locator(`svg[data-graph] [data-badge-for="${slug}"]`);
  await expect(badge('customer-service-representative')).toHaveText('Start');
  for (const [slug, number] of steps) await expect(badge(slug!)).toHaveText(number!);
  await expect(page.locator(`svg[data-graph] a[data-node="${steps[0]![0]}"]`)).toHaveAttribute('aria-label', /, step 1 of your route$/);
});
