import { expect, test } from '@playwright/test';
import { expectNoWcagViolations } from '../support/axe';

test('a keyboard user tabs to a role in the graph and opens it with Enter', async ({ page }) => {
  await page.goto('/paths');
  const firstNode = await page.locator('svg[data-graph] a[data-node]').first().getAttribute('data-node');
  let focused: string | null = null;
  for (let i = 0; i < 80 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
  }
  expect(focused).toBe(firstNode);
  // Focus is visible: the ring around the focused node is drawn.
  const ring = page.locator(`a[data-node="${focused}"] rect`).first();
  expect(await ring.evaluate((r) => getComputedStyle(r).stroke)).not.toBe('none');
  // Neighbours stay bright, the rest dims.
  await expect(page.locator('svg[data-graph]')).toHaveAttribute('data-highlighting', focused!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/roles/${focused}$`), { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('tab order follows the picture: column by column from the entry roles, top to bottom within a column', async ({ page }) => {
  await page.goto('/paths');
  const boxes = await page.locator('svg[data-graph] a[data-node] rect:nth-of-type(2)').evaluateAll((rects) =>
    rects.map((r) => {
      const box = r.getBoundingClientRect();
      return [Math.round(box.x), Math.round(box.y)] as const;
    }),
  );
  expect(boxes.length).toBeGreaterThan(20);
  expect(boxes).toEqual([...boxes].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
});

test('hovering a role lights up its neighbours and dims the others', async ({ page }) => {
  await page.goto('/paths');
  await page.locator('a[data-node="customer-service-representative"]').hover();
  await expect(page.locator('a[data-node="team-leader"]')).toHaveAttribute('data-lit', '');
  await expect(page.locator('a[data-node="accountant"]')).not.toHaveAttribute('data-lit');
  await expect(page.locator('a[data-node="accountant"]')).toHaveCSS('opacity', '0.25');
});

test('the graph zooms with the buttons, shows everything at once, and goes back to actual size', async ({ page }) => {
  await page.goto('/paths');
  const svg = page.locator('svg[data-graph]');
  const frame = page.locator('[data-graph-frame]');
  const natural = Number(await svg.getAttribute('data-width'));
  const width = async () => (await svg.boundingBox())!.width;
  expect(await width()).toBeCloseTo(natural, 0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(width).toBeCloseTo(natural * 1.4, 0);
  await expect(page.locator('[data-zoom-level]')).toHaveText('140%');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(width).toBeLessThan(natural);
  await page.getByRole('button', { name: 'Show everything' }).click();
  // The whole drawing now fits inside the frame: nothing left to scroll to.
  const fits = async () => {
    const [box, graph] = [(await frame.boundingBox())!, (await svg.boundingBox())!];
    return graph.width <= box.width + 1 && graph.height <= box.height + 1;
  };
  await expect.poll(fits).toBe(true);
  await page.getByRole('button', { name: 'Actual size' }).click();
  await expect.poll(width).toBeCloseTo(natural, 0);
});

test('on a 360 px phone the graph frame fits the screen and scrolls inside itself; the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/paths?from=customer-service-representative&to=operations-manager');
  const frame = await page.locator('[data-graph-frame]').boundingBox();
  expect(frame!.width).toBeLessThanOrEqual(360);
  expect(await page.locator('[data-graph-frame]').evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show everything' })).toBeVisible();
});

test('the page ships role titles, not the content set', async ({ request }) => {
  const html = await (await request.get('/paths?from=customer-service-representative&to=operations-manager')).text();
  expect(html).toContain('Customer Service Representative');
  // Role overviews and skill how-tos are never shown here, so they must not be in the page or its data.
  expect(html).not.toContain('Picture an agent handling a telecom company');
  expect(html).not.toContain('howToBuild');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const url of ['/paths', '/paths?from=customer-service-representative&to=operations-manager', '/paths?from=technical-support-specialist']) {
    test(`${url} has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await expectNoWcagViolations(page);
    });
  }
}
