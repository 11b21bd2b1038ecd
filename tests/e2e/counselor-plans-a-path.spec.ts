import { expect, test, type Page } from '@playwright/test';

const planUrl = '/paths?from=customer-service-representative&to=operations-manager';

/** Slugs of the graph nodes marked as route steps, in step order. */
async function highlightedRoute(page: Page): Promise<string[]> {
  const steps = await page
    .locator('svg[data-graph] a[data-route-step]')
    .evaluateAll((nodes) => nodes.map((n) => [Number(n.getAttribute('data-route-step')), n.getAttribute('data-node')] as const));
  return steps.sort((a, b) => a[0] - b[0]).map(([, slug]) => slug ?? '');
}

test('a shared route link shows the steps, the skills to gain and the highlighted route', async ({ page }) => {
  await page.goto(planUrl);
  await expect(page.getByRole('heading', { level: 2, name: 'From Customer Service Representative to Operations Manager' })).toBeVisible();
  const shortest = page.locator('[data-route="0"]');
  const steps = shortest.locator('li[data-step-role]');
  // "team leads, supervisors, or even operations managers": one rung at a time,
  // so the shortest route climbs through team leader first.
  await expect(steps).toHaveCount(2);
  await expect(steps.first()).toHaveAttribute('data-step-role', 'team-leader');
  await expect(steps.first()).toContainText('CSRs can move up to team leads');
  for (const step of await steps.all()) {
    await expect(step.getByRole('heading', { name: 'Skills to gain' })).toBeVisible();
    expect(await step.locator('[data-skills-to-gain] li').count()).toBeGreaterThan(0);
  }
  await expect(steps.last()).toHaveAttribute('data-step-role', 'operations-manager');

  const route = await highlightedRoute(page);
  const listed = await steps.evaluateAll((items) => items.map((li) => li.getAttribute('data-step-role')));
  expect(route).toEqual(['customer-service-representative', ...listed]);
  await expect(page.locator('a[data-node="customer-service-representative"]')).toHaveAttribute('aria-current', 'step');
  // Up to two alternatives follow the shortest route.
  await expect(page.locator('summary', { hasText: /^Alternative 1: 2 moves, Customer Service Representative → / })).toBeVisible();
  expect(await page.locator('[data-route]').count()).toBeLessThanOrEqual(3);
});

test('the route is there before any JavaScript runs, and the form works without it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(planUrl);
  expect((await highlightedRoute(page)).at(-1)).toBe('operations-manager');
  await expect(page.locator('[data-route="0"] li[data-step-role]').first()).toBeVisible();

  await page.goto('/paths');
  await page.getByLabel('Where you are now').selectOption('technical-support-specialist');
  await page.getByLabel('Where you want to be').selectOption('team-leader');
  await page.getByRole('button', { name: 'Show the route' }).click();
  await expect(page).toHaveURL(/from=technical-support-specialist&to=team-leader/);
  expect(await highlightedRoute(page)).toEqual(['technical-support-specialist', 'team-leader']);
  await context.close();
});

test('picking start and goal by keyboard updates the address and the plan', async ({ page }) => {
  await page.goto('/paths');
  // The native <select> is also a combobox; wait for the enhanced text box.
  const start = page.getByRole('combobox', { name: 'Where you are now' }).and(page.locator('input'));
  await start.focus();
  await page.keyboard.type('customer');
  await expect(start).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(start).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/paths\?from=customer-service-representative$/);
  await expect(page.getByRole('heading', { name: 'Where Customer Service Representative can lead' })).toBeVisible();

  const goal = page.getByRole('combobox', { name: 'Where you want to be' }).and(page.locator('input'));
  await expect(start).toBeFocused();
  await page.keyboard.press('Tab'); // the menu buttons are out of the Tab order, as in the ARIA pattern
  await expect(goal).toBeFocused();
  await page.keyboard.type('operations man');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveText(['Operations Manager', 'Senior Operations Manager']);
  await page.keyboard.press('Escape');
  await expect(goal).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type('operations man');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/paths\?from=customer-service-representative&to=operations-manager$/);
  await expect(page.getByRole('heading', { name: 'From Customer Service Representative to Operations Manager' })).toBeVisible();
  expect((await highlightedRoute(page)).at(-1)).toBe('operations-manager');
});

test('a start without a goal lists every reachable role by distance', async ({ page }) => {
  await page.goto('/paths?from=technical-support-specialist');
  const section = page.getByRole('region', { name: 'Where Technical Support Specialist can lead' });
  const oneStep = section.getByRole('region', { name: '1 step away' });
  for (const title of ['Advanced Support Specialist', 'IT Service Management Specialist']) {
    await expect(oneStep.getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  // "or even specialized roles in cybersecurity": where the path leads, a rung further on.
  const twoSteps = section.getByRole('region', { name: '2 steps away' });
  await expect(oneStep.getByRole('link', { name: 'Cybersecurity Specialist', exact: true })).toHaveCount(0);
  await twoSteps.getByRole('link', { name: 'Plan the route to Cybersecurity Specialist' }).click();
  await expect(page).toHaveURL(/from=technical-support-specialist&to=cybersecurity-specialist/);
});
