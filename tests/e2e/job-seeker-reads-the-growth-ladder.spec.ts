import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

const planUrl = '/paths?from=customer-service-representative&to=operations-manager';
// Expected moves come from the content itself, so content edits do not need test edits.
const csrMoves: string[] = JSON.parse(fs.readFileSync('content/roles/customer-service-representative.json', 'utf8')).growth.map(
  (move: { to: string }) => move.to,
);

/** Rendered height, in CSS px, of each role name's first line, as the person sees it. */
function titleHeights(nodes: Locator): Promise<number[]> {
  return nodes.evaluateAll((links) => links.map((link) => link.querySelector('tspan[data-title]')!.getBoundingClientRect().height));
}

/** Is the element's box wholly inside the browser window right now? */
async function inWindow(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
}

test('on a 1280 px screen every role name in the graph is at least 12 px tall at the default zoom', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/paths');
  const nodes = page.locator('svg[data-graph] a[data-node]');
  const heights = await titleHeights(nodes);
  expect(heights.length).toBeGreaterThan(20);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);
  // Levels head the columns and tracks label the lanes, in words.
  for (const name of ['Entry level', 'Executive']) await expect(page.locator('svg[data-graph] [data-column] text', { hasText: name })).toHaveCount(1);
  await expect(page.locator('svg[data-graph] [data-lane="front-office"] text')).toHaveText('Front office');
  // The first view, without scrolling, shows an entry role readable and whole.
  const firstEntry = page.locator('svg[data-graph] a[data-node]').first();
  await page.locator('[data-graph-frame]').scrollIntoViewIfNeeded();
  expect(await inWindow(page, firstEntry)).toBe(true);
});

test('on a 390 px phone the graph opens on the person’s role and every move out of it, names at least 12 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(planUrl);
  const view = page.locator('svg[data-neighbourhood]');
  await page.getByRole('heading', { name: 'The growth graph' }).scrollIntoViewIfNeeded();
  await view.evaluate((svg) => svg.closest('figure')!.scrollIntoView({ block: 'start' }));
  const shown = view.locator('a[data-focus-node]');
  const slugs = await shown.evaluateAll((links) => links.map((a) => a.getAttribute('data-focus-node')));
  expect(slugs.sort()).toEqual(['customer-service-representative', ...csrMoves].sort());
  for (const link of await shown.all()) expect(await inWindow(page, link), `${await link.getAttribute('data-focus-node')} in view`).toBe(true);
  expect(Math.min(...(await titleHeights(shown)))).toBeGreaterThanOrEqual(12);
  // The whole graph is one link away, and the page never scrolls sideways.
  await page.getByRole('link', { name: 'Show everything: the whole graph' }).click();
  await expect(page.locator('[data-graph-frame]')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('on a 390 px phone with no role picked, the graph opens on an entry role at full size', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/paths');
  const frame = page.locator('[data-graph-frame]');
  await frame.scrollIntoViewIfNeeded();
  const first = page.locator('svg[data-graph] a[data-node]').first();
  expect(await inWindow(page, first)).toBe(true);
  expect((await titleHeights(first))[0]).toBeGreaterThanOrEqual(12);
});

test('the route is drawn over the graph with numbered steps, and a control draws each alternative', async ({ page }) => {
  await page.goto(planUrl);
  const graph = page.locator('svg[data-graph]');

  /** The drawn route: numbered badges in order, and the lines marked as on the route. */
  async function drawnRoute() {
    const badges = await graph.locator('[data-badge-for]').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-badge-for'), g.textContent?.trim()]));
    const lines = await graph.locator('path[data-on-route]').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-from')}>${p.getAttribute('data-to')}`));
    return { roles: badges.map(([slug]) => slug), numbers: badges.map(([, n]) => n), lines };
  }
  const listedRoute = async (index: number) => [
    'customer-service-representative',
    ...(await page.locator(`[data-route="${index}"] li[data-step-role]`).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step-role')))),
  ];

  const alternatives = await page.locator('[data-route-choice]').count();
  expect(alternatives).toBeGreaterThanOrEqual(2);
  for (let index = 0; index < alternatives; index++) {
    if (index > 0) {
      await page.locator(`[data-route-choice="${index}"]`).click();
      await expect(page).toHaveURL(new RegExp(`route=${index}`));
    }
    await expect(page.locator(`[data-route-choice="${index}"]`)).toHaveAttribute('aria-current', 'true');
    const expected = await listedRoute(index);
    const drawn = await drawnRoute();
    expect(drawn.roles).toEqual(expected);
    // Badge n is the plan's "Step n", the nth move; the start is marked as such.
    expect(drawn.numbers).toEqual(expected.map((_, i) => (i === 0 ? 'Start' : String(i))));
    expect(drawn.lines).toEqual(expected.slice(1).map((to, i) => `${expected[i]}>${to}`));
    // Drawn on top: the route's lines come after every other line.
    const order = await graph.locator('path[data-from]').evaluateAll((ps) => ps.map((p) => p.hasAttribute('data-on-route')));
    expect(order.indexOf(true)).toBe(order.length - drawn.lines.length);
  }
});

test('an alternative the plan does not have falls back to the shortest route with a notice', async ({ page }) => {
  const response = await page.goto(`${planUrl}&route=7`);
  expect(response!.status()).toBeLessThan(500);
  await expect(page.getByText('“route” should be a number from 0 to 2')).toBeVisible();
  await expect(page.locator('[data-route-choice="0"]')).toHaveAttribute('aria-current', 'true');
});

test('the CSR page shows where each move leads next, and links on to operations manager', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  const growth = page.getByRole('region', { name: 'How to grow from here' });
  const onward = growth.locator('[data-leads-on]').getByRole('link', { name: 'Operations Manager', exact: true }).first();
  await expect(onward).toBeVisible();
  await onward.click();
  await expect(page).toHaveURL(/\/roles\/operations-manager$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Operations Manager' })).toBeVisible();
});

test('Tab brings a role outside the graph frame into view, without script help', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/paths');
  const nodes = page.locator('svg[data-graph] a[data-node]');
  const last = nodes.last();
  const frame = page.locator('[data-graph-frame]');
  const inFrame = async () => {
    const [f, n] = [(await frame.boundingBox())!, (await last.boundingBox())!];
    // Chromium scrolls a focused SVG link until its box meets the frame's edge; the focus ring drawn
    // around it may then overhang by a few pixels, which a reader does not miss.
    const ring = 12;
    return n.x >= f.x - ring && n.x + n.width <= f.x + f.width + ring && n.y >= f.y - ring && n.y + n.height <= f.y + f.height + ring;
  };
  // The last role in reading order starts out of sight, far to the right.
  expect(await inFrame()).toBe(false);
  await nodes.first().focus();
  for (let i = 0; i < (await nodes.count()) && !(await last.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  expect(await inFrame()).toBe(true);
});

test('on a wide screen the graph opens on the person’s role, even one far from the top left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/paths');
  // The role drawn furthest down and right: out of the frame's first view.
  const far = await page
    .locator('svg[data-graph] a[data-node]')
    .evaluateAll(
      (links) =>
        links
          .map((a) => ({ slug: a.getAttribute('data-node')!, box: a.getBoundingClientRect() }))
          .sort((p, q) => q.box.bottom + q.box.right - (p.box.bottom + p.box.right))[0]!.slug,
    );
  await page.goto(`/paths?from=${far}`);
  // The frame scrolls to the role once the page's script runs.
  await expect
    .poll(async () => {
      const frame = (await page.locator('[data-graph-frame]').boundingBox())!;
      const node = (await page.locator(`svg[data-graph] a[data-node="${far}"]`).boundingBox())!;
      return node.x >= frame.x && node.x + node.width <= frame.x + frame.width && node.y >= frame.y && node.y + node.height <= frame.y + frame.height;
    })
    .toBe(true);
});
