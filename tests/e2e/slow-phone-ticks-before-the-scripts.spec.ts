import { expect, test, type Page } from '@playwright/test';

// On a slow phone the page is on screen, and can be ticked, seconds before its scripts run. Holding
// the framework's scripts back reproduces that: every pick made in the meantime must count.

test.use({ viewport: { width: 390, height: 844 } });

/** Holds every framework script until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.+\.js(\?.*)?$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test('skills ticked on /match before the scripts run are in the address and the results once they do', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/match', { waitUntil: 'commit' });
  await page.getByRole('checkbox', { name: 'Communication', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Empathy', exact: true }).check();
  await expect(page).toHaveURL(/\/match$/);
  release();

  await expect(page).toHaveURL(/\/match\?skills=communication,empathy$/);
  await expect(page.getByRole('checkbox', { name: 'Communication', exact: true })).toBeChecked();
  const applyNow = page.getByRole('region', { name: 'You could apply now' });
  await expect(applyNow.getByRole('heading', { level: 3 }).first()).toContainText('Customer Service Representative');
  // A later tick adds to them rather than starting over.
  await page.getByRole('checkbox', { name: 'Problem-solving', exact: true }).check();
  await expect(page).toHaveURL(/\/match\?skills=communication,empathy,problem-solving$/);
});

test('a goal chosen on /paths before the scripts run is planned once they do', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/paths?from=customer-service-representative', { waitUntil: 'commit' });
  await page.getByLabel('Where you want to be').selectOption('team-leader');
  release();

  await expect(page).toHaveURL(/\/paths\?from=customer-service-representative&to=team-leader$/);
  await expect(page.getByRole('heading', { level: 2, name: 'From Customer Service Representative to Team Leader' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Where you want to be' }).and(page.locator('input'))).toHaveValue('Team Leader');
});

test('the QR code, shown only on paper, is not preloaded ahead of what the screen needs, and is there to print', async ({ page }) => {
  for (const path of ['/match?skills=communication,empathy', '/paths?from=customer-service-representative&to=team-leader']) {
    const response = await page.goto(path);
    expect(response!.headers().link ?? '').not.toContain('/qr');
    expect(await response!.text()).not.toMatch(/rel="preload"[^>]*as="image"[^>]*\/qr|as="image"[^>]*href="\/qr/);
    const qr = page.locator('[data-qr-url] img');
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
});
