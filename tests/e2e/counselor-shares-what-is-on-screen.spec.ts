import { expect, test, type Browser, type Page } from '@playwright/test';
import { decodePrintedQr } from '../support/handout';

// A counselor changes a plan with a client, copies the link and sends it; the client opens it in
// their own browser (a fresh context: no storage, no history) and must find the same view. Then
// the counselor prints it: the paper's address and QR code carry the same plan.

test.use({ permissions: ['clipboard-read', 'clipboard-write'], deviceScaleFactor: 2 });

const pathAndQuery = (url: string) => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
};

async function copyLink(page: Page): Promise<string> {
  const share = page.locator('[data-share]');
  await share.getByRole('button', { name: /^Copy link/ }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied.');
  return page.evaluate(() => navigator.clipboard.readText());
}

async function openFresh(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return { page, context };
}

/** Counts window.print() calls instead of opening the dialog. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

const applyNowTitles = (page: Page) => page.getByRole('region', { name: 'You could apply now' }).getByRole('heading', { level: 3 }).allTextContents();

test('/match: the copied link holds the picks made on screen, and a fresh browser opens the same match', async ({ page, browser }) => {
  await stubPrint(page);
  await page.goto('/match');
  await page.getByRole('checkbox', { name: 'Communication', exact: true }).check();
  await page.getByRole('combobox', { name: 'Level of Communication' }).selectOption('strong');
  await page.getByRole('checkbox', { name: 'Empathy', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Problem-solving', exact: true }).check();
  await page.getByRole('combobox', { name: 'Show the gap to a role (optional)' }).selectOption('team-leader');
  await expect(page).toHaveURL(/\/match\?skills=communication:strong,empathy,problem-solving&target=team-leader$/);
  const onScreen = await applyNowTitles(page);
  expect(onScreen.length).toBeGreaterThan(0);

  const copied = await copyLink(page);
  expect(pathAndQuery(copied)).toBe(pathAndQuery(page.url()));

  const client = await openFresh(browser, copied);
  for (const name of ['Communication', 'Empathy', 'Problem-solving']) await expect(client.page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  await expect(client.page.getByRole('combobox', { name: 'Level of Communication' })).toHaveValue('strong');
  await expect(client.page.getByRole('region', { name: 'Your gap to Team Leader' })).toBeVisible();
  expect(await applyNowTitles(client.page)).toEqual(onScreen);
  await client.context.close();

  // Printed after the change, the handout says and encodes the same address.
  await page.getByRole('button', { name: 'Print this plan' }).click();
  await expect.poll(() => printed(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: /A career plan from/ })).toContainText(pathAndQuery(copied));
  expect(pathAndQuery((await decodePrintedQr(page))!)).toBe(pathAndQuery(copied));
});

test('/paths: the copied link holds the route picked on screen, and a fresh browser opens the same route', async ({ page, browser }) => {
  await stubPrint(page);
  await page.goto('/paths?from=technical-support-specialist');
  const goal = page.getByRole('combobox', { name: 'Where you want to be' }).and(page.locator('input'));
  await goal.fill('team lead');
  await page.getByRole('option', { name: 'Team Leader', exact: true }).click();
  await expect(page).toHaveURL(/\/paths\?from=technical-support-specialist&to=team-leader$/);
  const start = page.getByRole('combobox', { name: 'Where you are now' }).and(page.locator('input'));
  await start.fill('customer service rep');
  await page.getByRole('option', { name: 'Customer Service Representative', exact: true }).click();
  await expect(page).toHaveURL(/\/paths\?from=customer-service-representative&to=team-leader$/);
  await expect(page.getByRole('heading', { level: 2, name: 'From Customer Service Representative to Team Leader' })).toBeVisible();
  const steps = () => page.locator('[data-route="0"] li[data-step-role]').evaluateAll((items) => items.map((li) => li.getAttribute('data-step-role')));
  const onScreen = await steps();

  const copied = await copyLink(page);
  expect(pathAndQuery(copied)).toBe('/paths?from=customer-service-representative&to=team-leader');

  const client = await openFresh(browser, copied);
  await expect(client.page.getByRole('heading', { level: 2, name: 'From Customer Service Representative to Team Leader' })).toBeVisible();
  expect(await client.page.locator('[data-route="0"] li[data-step-role]').evaluateAll((items) => items.map((li) => li.getAttribute('data-step-role')))).toEqual(
    onScreen,
  );
  await client.context.close();

  await page.getByRole('button', { name: 'Print this plan' }).click();
  expect(await printed(page)).toBe(1);
  expect(pathAndQuery((await decodePrintedQr(page))!)).toBe(pathAndQuery(copied));
});

test('/compare: the copied link holds the roles chosen on screen, and a fresh browser opens the same comparison', async ({ page, browser }) => {
  await stubPrint(page);
  await page.goto('/compare?roles=customer-service-representative,trainer');
  const form = page.getByRole('form', { name: 'Change the roles' });
  await form.getByRole('combobox', { name: 'Third role (optional)' }).selectOption('team-leader');
  await form.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/team-leader/);
  const columns = (p: Page) => p.getByRole('region', { name: /./ }).first().getByRole('columnheader').allTextContents();
  const onScreen = await columns(page);
  expect(onScreen).toEqual(['Customer Service Representative', 'Trainer', 'Team Leader']);

  const copied = await copyLink(page);
  expect(pathAndQuery(copied)).toBe('/compare?roles=customer-service-representative,trainer,team-leader');

  const client = await openFresh(browser, copied);
  expect(await columns(client.page)).toEqual(onScreen);
  await client.context.close();

  await page.getByRole('button', { name: 'Print this comparison' }).click();
  expect(await printed(page)).toBe(1);
  expect(pathAndQuery((await decodePrintedQr(page))!)).toBe(pathAndQuery(copied));
});
