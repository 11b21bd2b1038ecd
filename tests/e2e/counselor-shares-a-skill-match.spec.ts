import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const counselorLink = '/match?skills=communication,empathy,problem-solving&target=team-leader';

// Titles and moves come from the content itself, so the checks follow it rather than a copy.
interface RoleFile {
  slug: string;
  title: string;
  track: string;
  level: string;
  growth: { to: string; kind: string }[];
}
const roles: RoleFile[] = fs
  .readdirSync(path.join(process.cwd(), 'content/roles'))
  .map((file) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content/roles', file), 'utf8')) as RoleFile);
const titleOf = (slug: string) => roles.find((r) => r.slug === slug)!.title;

const applyNow = (page: Page) => page.getByRole('region', { name: 'You could apply now' });
const growInto = (page: Page) => page.getByRole('region', { name: 'Roles to grow into' });
const cardTitles = (page: Page, list: 'apply' | 'grow') =>
  (list === 'apply' ? applyNow(page) : growInto(page)).getByRole('heading', { level: 3 }).allTextContents();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a counselor’s prefilled link shows what to apply for now, what to grow into, and the gap to team leader', async ({ page }) => {
    const response = await page.goto(counselorLink);
    expect(response?.status()).toBe(200);

    expect((await cardTitles(page, 'apply'))[0]).toContain('Customer Service Representative');
    await expect(applyNow(page).getByRole('listitem').first()).toContainText(/Match: \d+ out of 100/);
    expect((await cardTitles(page, 'grow')).some((t) => t.includes('Team Leader'))).toBe(true);

    const gap = page.getByRole('region', { name: 'Your gap to Team Leader' });
    await expect(gap).toContainText('Missing what this role is hired for: Leadership, Performance management');
    await expect(gap).toContainText('Communication: working, strong needed');
    await expect(gap.getByRole('heading', { name: 'The way in from where you stand' })).toBeVisible();
    await expect(gap).toContainText('From Customer Service Representative, one move');
    await expect(gap.getByRole('link', { name: 'Plan this route in detail' })).toHaveAttribute(
      'href',
      '/paths?from=customer-service-representative&to=team-leader',
    );
  });

  test('the same form works without JavaScript and keeps levels from the link', async ({ page }) => {
    await page.goto('/match?skills=communication:strong&target=team-leader');
    await expect(page.getByRole('checkbox', { name: 'Communication', exact: true })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Time management' }).check();
    await page.getByRole('button', { name: 'Show my matches' }).click();
    await expect(page).toHaveURL(/skills=communication%3Astrong&skills=time-management&target=team-leader/);
    await expect(page.getByRole('checkbox', { name: 'Time management' })).toBeChecked();
    await expect(page.getByRole('region', { name: 'Your gap to Team Leader' })).toContainText('Communication: strong, meets the strong needed');
  });
});

test('strong communication and empathy: customer service first to apply for, and nothing beyond BPO or executive in that list', async ({ page }) => {
  await page.goto('/match?skills=communication:strong,empathy');
  const titles = await cardTitles(page, 'apply');
  expect(titles[0]).toContain('Customer Service Representative');
  const farOff = roles.filter((r) => r.track === 'beyond-bpo' || r.level === 'executive').map((r) => r.title);
  expect(titles.filter((t) => farOff.some((title) => t.includes(title)))).toEqual([]);
  await expect(applyNow(page).getByRole('listitem').first()).toContainText('Hired for, and you have it: Communication, Empathy');
});

test('the role a person has now is labelled, and the moves from it open where they hold some of what each is hired for', async ({ page }) => {
  // An experienced CSR who has led, coached and knows the tech: what each next role is hired for is theirs.
  await page.goto('/match?from=customer-service-representative&skills=leadership,coaching,technical-knowledge');
  await expect(page.locator('p', { hasText: 'Your current role:' })).toContainText('Your current role: Customer Service Representative');
  const titles = await cardTitles(page, 'apply');
  for (const slug of ['team-leader', 'trainer', 'technical-support-specialist'])
    expect(
      titles.some((t) => t.includes(titleOf(slug))),
      slug,
    ).toBe(true);
  expect([...titles, ...(await cardTitles(page, 'grow'))].some((t) => t.includes('Customer Service Representative'))).toBe(false);
  await expect(applyNow(page).getByRole('listitem').filter({ hasText: 'Team Leader' })).toContainText('promotion from Customer Service Representative');
  await expect(applyNow(page).getByRole('listitem').filter({ hasText: 'Technical Support Specialist' })).toContainText(
    'lateral move from Customer Service Representative',
  );
  // The sideways move to tech support is this guide's suggestion, not the article's, and says so.
  await expect(applyNow(page).getByRole('listitem').filter({ hasText: 'Technical Support Specialist' })).toContainText('This guide’s suggestion');
  await expect(applyNow(page).getByRole('listitem').filter({ hasText: 'Team Leader' })).not.toContainText('This guide’s suggestion');
});

test('on a 1280px screen the first result is in view, without scrolling, after picking three skills', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/match');
  for (const name of ['Communication', 'Empathy', 'Problem-solving']) await page.getByRole('checkbox', { name, exact: true }).check();
  await expect(page).toHaveURL(/skills=communication,empathy,problem-solving$/);
  const first = applyNow(page).getByRole('listitem').first();
  await expect(first).toBeVisible();
  // Where the first result sits on the page, whatever the checkbox clicks scrolled.
  const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const box = (await first.boundingBox())!;
  expect(top + Math.min(box.height, 80)).toBeLessThan(900);
});

test('on a phone the results come straight after the picks, before the task list', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/match?skills=communication,empathy');
  const results = (await applyNow(page).boundingBox())!;
  const tasks = (await page.getByRole('group', { name: 'Tasks you have done' }).boundingBox())!;
  const skills = (await page.getByRole('group', { name: 'Skills you have' }).boundingBox())!;
  expect(skills.y).toBeLessThan(results.y);
  expect(results.y).toBeLessThan(tasks.y);
});

test('ticking skills updates the advice and the URL in place, without a reload', async ({ page }) => {
  await page.goto('/match');
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByRole('checkbox', { name: 'Communication', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Empathy', exact: true }).check();
  await expect(page).toHaveURL(/\/match\?skills=communication,empathy$/);
  await expect(applyNow(page)).toContainText('Customer Service Representative');
  expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);

  // Rating a skill and unticking one also go straight to the URL.
  await page.getByRole('combobox', { name: 'Level of Communication' }).selectOption('strong');
  await expect(page).toHaveURL(/skills=communication:strong,empathy$/);
  await page.getByRole('checkbox', { name: 'Empathy', exact: true }).uncheck();
  await expect(page).toHaveURL(/skills=communication:strong$/);
  await page.getByRole('combobox', { name: 'The role you have now (optional)' }).selectOption('customer-service-representative');
  await expect(page).toHaveURL(/skills=communication:strong&from=customer-service-representative$/);
  await expect(page.locator('p', { hasText: 'Your current role:' })).toBeVisible();
});

test('the skill list filters as you type and keeps ticked skills in view', async ({ page }) => {
  await page.goto('/match?skills=empathy');
  await page.getByRole('searchbox', { name: 'Filter the skills' }).fill('know');
  await expect(page.getByRole('checkbox', { name: 'Healthcare knowledge' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Communication', exact: true })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Empathy', exact: true })).toBeVisible();
});

test('ticking a task from the filterable list adds its skills and its role’s experience', async ({ page }) => {
  await page.goto('/match');
  await page.getByRole('searchbox', { name: /Filter the tasks/ }).fill('inbound');
  const task = page.getByRole('checkbox', { name: /Answered inbound customer calls/ });
  await expect(page.getByRole('group', { name: 'Tasks you have done' }).getByRole('checkbox', { disabled: false }).filter({ visible: true })).toHaveCount(1);
  await task.check();
  await expect(page).toHaveURL(/tasks=customer-service-representative\.0$/);
  const summary = page.getByRole('heading', { name: 'Skills your tasks gave you' }).locator('..');
  await expect(summary).toContainText('Empathy, from: Answered inbound customer calls');
  await expect(applyNow(page)).toContainText('Customer Service Representative');
});

test('arriving from a shared link saves it, so coming back to the match page offers it', async ({ page }) => {
  await page.goto('/match?skills=communication:strong,teamwork&target=trainer');
  await expect(page.getByRole('region', { name: 'Your gap to Trainer' })).toBeVisible();
  // Saving happens once the page's script runs; on a slow machine that is after the HTML shows.
  await expect
    .poll(() => page.evaluate(() => window.localStorage.getItem('bpo-career-paths:match')))
    .toBe('skills=communication:strong,teamwork&target=trainer');
  await page.goto('/match');
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(/\/match\?skills=communication:strong,teamwork&target=trainer$/);
  await expect(page.getByRole('checkbox', { name: 'Communication', exact: true })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Your gap to Trainer' })).toBeVisible();
});

test('an old industry-knowledge link still works, says what changed, and a healthcare pick leads to medical coding', async ({ page }) => {
  await page.goto('/match?skills=industry-knowledge:strong,attention-to-detail:strong,confidentiality:strong,empathy:strong');
  await expect(page.getByRole('status').filter({ hasText: '“industry-knowledge” has been split into' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Healthcare knowledge' })).toBeChecked();
  await page.goto('/match?skills=healthcare-knowledge:strong,attention-to-detail:strong,confidentiality:strong,empathy:strong');
  expect((await cardTitles(page, 'apply'))[0]).toContain('Medical Coder');
});

test('the next skill worth learning counts only roles open now or one move away, and names them', async ({ page }) => {
  await page.goto('/match?skills=communication:strong,empathy');
  const next = page.getByRole('region', { name: 'The next skill worth learning' });
  await expect(next).toContainText('Counting only the roles you could apply for now or reach in one move (Customer Service Representative');
  await expect(next).toContainText('Team Leader');
  await expect(next).not.toContainText('Executive');
  await expect(next.getByRole('listitem').first()).toContainText(/^Learning .+ would .+\.$/);
});

test('the CV lines follow the work the match counted and can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/match?skills=communication,empathy&tasks=customer-service-representative.0');
  const panel = page.getByRole('region', { name: 'Lines for your CV' });
  await panel.getByRole('button', { name: 'Copy these lines' }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied one line to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('• Answered inbound customer calls');
  // The current role's duties count too, in the lines as in the lists.
  await page.goto('/match?skills=communication,empathy&from=customer-service-representative');
  expect(await panel.locator('[data-cv-work] li').count()).toBeGreaterThan(1);
});

test('the page stays light: its markup after load is well under 1,200 elements', async ({ page }) => {
  await page.goto('/match?skills=communication,empathy');
  await expect(applyNow(page)).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1200);
});

test('the match page asks no other origin for anything and sets no cookie', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
  });
  await page.goto(counselorLink);
  await page.getByRole('checkbox', { name: 'Time management' }).check();
  await expect(page).toHaveURL(/time-management/);
  await growInto(page)
    .getByRole('link', { name: /^See your gap to/ })
    .first()
    .click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
