import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// Issue 19 as a counselor checks it: one rung per move, "or even …" as where a path can lead, and
// a match that never tells a team leader to apply for the top or a nursing graduate that she holds a
// role because she ticked one of its duties. Levels and titles come from the content itself.

interface RoleFile {
  slug: string;
  title: string;
  level: string;
}
const roles: RoleFile[] = fs
  .readdirSync(path.join(process.cwd(), 'content/roles'))
  .map((file) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content/roles', file), 'utf8')) as RoleFile);
const byTitle = new Map(roles.map((r) => [r.title, r]));
const levelLabel: Record<string, string> = { entry: 'Entry level', mid: 'Mid level', senior: 'Senior', executive: 'Executive' };

const applyNow = (page: Page) => page.getByRole('region', { name: 'You could apply now' });
const growInto = (page: Page) => page.getByRole('region', { name: 'Roles to grow into' });
const titles = async (page: Page, list: 'apply' | 'grow') =>
  (await (list === 'apply' ? applyNow(page) : growInto(page)).getByRole('heading', { level: 3 }).allTextContents()).map((t) =>
    t.replace(/^\d+\.\s*/, '').trim(),
  );

const nursingGraduate = '/match?skills=healthcare-knowledge:strong,attention-to-detail:strong,confidentiality:strong,empathy:strong&tasks=medical-coder.2';

test.describe('without JavaScript, as a shared link first shows', () => {
  test.use({ javaScriptEnabled: false });

  test('customer service to operations manager climbs through team leader or supervisor, on the page and in the API', async ({ page, request }) => {
    await page.goto('/paths?from=customer-service-representative&to=operations-manager');
    const plan = page.getByRole('region', { name: /Shortest route/ }).first();
    await expect(page.getByText(/The shortest route takes 2 moves/)).toBeVisible();
    await expect(plan).toContainText(/Team Leader|Supervisor/);
    const api = (await (await request.get('/api/v1/paths?from=customer-service-representative&to=operations-manager')).json()) as {
      routes: { roles: string[] }[];
    };
    expect(api.routes[0]!.roles.length - 1).toBeGreaterThanOrEqual(2);
    expect(['team-leader', 'supervisor']).toContain(api.routes[0]!.roles[1]);
  });

  test('the customer service page shows operations manager under where the path can lead, quoting the article, with the route', async ({ page }) => {
    await page.goto('/roles/customer-service-representative');
    const reach = page.getByRole('region', { name: 'Where this path can lead over a career' });
    const ops = reach.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Operations Manager', exact: true }) });
    await expect(ops).toContainText('or even operations managers');
    await expect(ops).toContainText(/2 moves, through (Team Leader|Supervisor)/);
    await expect(ops.getByRole('link', { name: /See the route/ })).toHaveAttribute('href', '/paths?from=customer-service-representative&to=operations-manager');
    // Not a move: the growth section does not offer it as one step.
    await expect(
      page.getByRole('region', { name: 'How to grow from here' }).getByRole('heading', { level: 3, name: 'Operations Manager', exact: true }),
    ).toHaveCount(0);
  });

  for (const skills of ['communication:strong,tech-savvy:working', '']) {
    test(`a team leader (skills: "${skills}") is told to apply only for mid and senior roles, on the page and in the API`, async ({ page, request }) => {
      const query = `${skills ? `skills=${skills}&` : ''}from=team-leader`;
      await page.goto(`/match?${query}`);
      const apply = await titles(page, 'apply');
      expect(apply.length).toBeGreaterThan(0);
      for (const title of apply) expect(['mid', 'senior'], title).toContain(byTitle.get(title)?.level);
      // What the card says matches the content's rung.
      for (const item of await applyNow(page).getByRole('listitem').all()) {
        const title = (await item.getByRole('heading', { level: 3 }).textContent())!.replace(/^\d+\.\s*/, '').trim();
        await expect(item).toContainText(levelLabel[byTitle.get(title)!.level]!);
      }
      const api = (await (await request.get(`/api/v1/match?${query}`)).json()) as { applyNow: { level: string }[] };
      expect(api.applyNow.length).toBeGreaterThan(0);
      for (const option of api.applyNow) expect(['mid', 'senior']).toContain(option.level);
    });
  }

  test('a nursing graduate who ticked one coding duty: entry roles to apply for, Medical Coder first, the healthcare track to grow into, and no role said to be hers', async ({
    page,
    request,
  }) => {
    await page.goto(nursingGraduate);
    const apply = await titles(page, 'apply');
    expect(apply[0]).toBe('Medical Coder');
    for (const title of apply) expect(byTitle.get(title)?.level, title).toBe('entry');
    const grow = await titles(page, 'grow');
    expect(grow[0]).toBe('Specialized Domain Lead');
    await expect(growInto(page).getByRole('listitem').first()).toContainText(/Match: [1-9]\d* out of 100/);
    await expect(page.getByText(/^Your current role:/)).toHaveCount(0);
    await expect(applyNow(page).getByRole('listitem').first()).toContainText('You have done part of this role’s work');
    const api = (await (await request.get(`/api/v1${nursingGraduate}`)).json()) as { experience: string[]; workDone: string[]; current?: unknown };
    expect(api.experience).toEqual([]);
    expect(api.current).toBeUndefined();
    expect(api.workDone).toEqual(['medical-coder']);
  });
});
