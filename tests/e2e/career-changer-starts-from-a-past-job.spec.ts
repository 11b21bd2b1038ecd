import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { careerChangers, csr } from '../support/career-changers';
import { sitemapPaths } from '../support/site-pages';

// A career changer (or their counselor) starts from the job they had: the match fills in what it
// builds, the reading page says what carries over, and the codes let a job board join the data.

interface NamedFile {
  slug: string;
  title: string;
  level?: string;
}
const read = (dir: string): NamedFile[] =>
  fs
    .readdirSync(path.join(process.cwd(), 'content', dir))
    .map((file) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content', dir, file), 'utf8')) as NamedFile);
const roles = read('roles');
const backgrounds = read('backgrounds');
const slugOfTitle = (title: string) => roles.find((r) => title.includes(r.title))?.slug ?? title;

const applyNow = (page: Page) => page.getByRole('region', { name: 'You could apply now' });
const applyNowSlugs = async (page: Page) => (await applyNow(page).getByRole('heading', { level: 3 }).allTextContents()).map(slugOfTitle);

test.describe('the match from a past job alone, as a counselor would advise it', () => {
  for (const [who, person] of careerChangers) {
    test(`${who}: a role a counselor names first is in the top three, nothing a counselor rejects is there`, async ({ page }) => {
      const response = await page.goto(`/match?background=${person.background}`);
      expect(response?.status()).toBe(200);
      const open = await applyNowSlugs(page);
      expect(
        open.slice(0, 3).some((slug) => person.first.includes(slug)),
        open.join(', '),
      ).toBe(true);
      if (person.exactlyFirst) expect(open[0]).toBe(person.exactlyFirst);
      expect(open.filter((slug) => person.rejected.includes(slug))).toEqual([]);
      // Nothing above entry level, except an entry point this guide marks as its suggestion.
      for (const [index, slug] of open.entries()) {
        if (roles.find((r) => r.slug === slug)?.level === 'entry') continue;
        const card = applyNow(page).getByRole('listitem').nth(index);
        await expect(card).toContainText('This guide’s suggestion');
        await expect(card).toContainText('Why this guide suggests it:');
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a counselor ticks a nurse’s past job in the form: medical coding comes first, and the skills say where they come from', async ({ page }) => {
    await page.goto('/match');
    await page.getByRole('checkbox', { name: 'Nurse', exact: true }).check();
    await page.getByRole('button', { name: 'Show my matches' }).click();
    await expect(page).toHaveURL(/[?&]background=nurse(&|$)/);
    expect((await applyNowSlugs(page))[0]).toBe('medical-coder');
    await expect(page.locator('[data-filled-skill="healthcare-knowledge"]')).toContainText('from your work as a nurse');
  });

  test('a skill the cashier does not have is taken off with a link, and customer service, hired for empathy, closes', async ({ page }) => {
    await page.goto('/match?background=retail-cashier');
    const empathy = page.locator('[data-filled-skill="empathy"]');
    await expect(empathy).toContainText('from your work as a retail cashier');
    await empathy.getByRole('link', { name: 'Take off Empathy' }).click();
    await expect(page).toHaveURL(/background=retail-cashier&without=empathy/);
    await expect(page.locator('[data-filled-skill="empathy"]')).toHaveCount(0);
    expect(await applyNowSlugs(page)).not.toContain(csr);
    // The taken-off skill stays off when the form is sent again.
    await page.getByRole('button', { name: 'Show my matches' }).click();
    await expect(page).toHaveURL(/without=empathy/);
  });
});

test.describe('with JavaScript', () => {
  test('the job picker finds a job by any title, typos included, and ticking it advises in place', async ({ page }) => {
    await page.goto('/match');
    const find = page.getByRole('searchbox', { name: 'Find a job you had' });
    await find.fill('cashir');
    await expect(page.getByRole('checkbox', { name: 'Retail cashier' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Nurse', exact: true })).toBeHidden();
    await find.fill('checkout');
    await expect(page.getByText('(also called checkout operator)')).toBeVisible();
    await page.getByRole('checkbox', { name: /Retail cashier/ }).check();
    await expect(page).toHaveURL(/\/match\?background=retail-cashier$/);
    expect((await applyNowSlugs(page))[0]).toBe(csr);
    await expect(page.locator('[data-filled-skill="communication"]')).toContainText('from your work as a retail cashier');
    // Changing a level makes the skill the person's own pick, at that level.
    await page.locator('[data-filled-skill="empathy"]').getByRole('combobox', { name: 'Level of Empathy' }).selectOption('basic');
    await expect(page).toHaveURL(/skills=empathy%3Abasic|skills=empathy:basic/);
    await expect(page.getByRole('checkbox', { name: 'Empathy', exact: true })).toBeChecked();
  });

  test('a retail supervisor may apply straight for team leader, marked as this guide’s suggestion with its reason', async ({ page }) => {
    await page.goto('/match?background=retail-supervisor');
    const card = applyNow(page).getByRole('listitem').filter({ hasText: 'Team Leader' });
    await expect(card).toContainText('open to you from your work as a retail supervisor');
    await expect(card).toContainText('This guide’s suggestion');
    await expect(card).toContainText('Why this guide suggests it: A retail supervisor already leads a shift');
  });
});

test('an unknown past job gets the same notice and suggestion as an unknown skill, and an old link reads as before', async ({ page }) => {
  await page.goto('/match?background=cashier&skills=empaty');
  await expect(page.getByText('There is no background called “cashier”; did you mean “retail-cashier”?')).toBeVisible();
  await expect(page.getByText('There is no skill called “empaty”; did you mean “empathy”?')).toBeVisible();
  await page.goto('/match?skills=communication:strong,empathy');
  expect((await applyNowSlugs(page))[0]).toBe(csr);
  await expect(page.locator('[data-filled-skill]')).toHaveCount(0);
});

test.describe('the reading page a counselor sends a career changer', () => {
  test('every past job has a page in the sitemap that ships no framework, passes axe, and carries JSON-LD with its codes', async ({ page, request }) => {
    const listed = await sitemapPaths(request, '/backgrounds/');
    expect(listed.sort()).toEqual(backgrounds.map((b) => `/backgrounds/${b.slug}`).sort());
    for (const address of listed) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(200);
      const html = await response!.text();
      expect(html, address).not.toMatch(/\/_next\/static\/[^"]+\.js|self\.__next_f|__NEXT_DATA__/);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${address} ${v.id}`)).toEqual([]);
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
        '@type': string;
        occupationalCategory: { codeValue: string; inCodeSet: { '@type': string; name: string } }[];
      };
      expect(jsonLd['@type']).toBe('Occupation');
      expect(jsonLd.occupationalCategory.map((c) => c.inCodeSet.name)).toEqual(expect.arrayContaining(['O*NET-SOC 2019', 'ISCO-08']));
      expect(jsonLd.occupationalCategory.every((c) => c.inCodeSet['@type'] === 'CategoryCodeSet')).toBe(true);
    }
  });

  test('“From nurse to BPO”: what carries over and why, the roles to apply for first, what to learn next, and the prefilled match', async ({ page }) => {
    await page.goto('/backgrounds/nurse');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('From nurse to BPO');
    await expect(page.getByText('This guide’s suggestion').first()).toBeVisible();
    const carries = page.getByRole('region', { name: 'What carries over' });
    await expect(carries).toContainText('Healthcare knowledge: strong');
    await expect(carries).toContainText('Why: Knows conditions, treatments, medicines and medical terms');
    // The quote marks come from <q>, so the text holds the article's words alone.
    await expect(carries.locator('q').first()).toHaveText('Industry-specific certifications or knowledge');
    await expect(carries).toContainText('From the article: Industry-specific certifications or knowledge');
    const first = page.getByRole('region', { name: 'Roles to apply for first' });
    await expect(first.getByRole('listitem').first()).toContainText('Medical Coder');
    await expect(first.getByRole('listitem').first()).toContainText('Hired for healthcare knowledge, which this job builds');
    await expect(page.getByRole('region', { name: 'What to learn next' }).getByRole('listitem').first()).toContainText('Learning');
    await expect(page.getByRole('region', { name: 'Standard occupation codes' })).toContainText(
      'Closest standard occupation: Registered Nurses, O*NET-SOC 29-1141.00 (exact fit)',
    );
    await page.getByRole('link', { name: 'See your match with these skills' }).click();
    await expect(page).toHaveURL(/\/match\?background=nurse$/);
    expect((await applyNowSlugs(page))[0]).toBe('medical-coder');
  });

  test('the list of past jobs links every page, and an unknown one is a real 404 that suggests the job by another title', async ({ page }) => {
    await page.goto('/backgrounds');
    for (const background of backgrounds)
      await expect(page.getByRole('link', { name: background.title, exact: true })).toHaveAttribute('href', `/backgrounds/${background.slug}`);
    const response = await page.goto('/backgrounds/waiter');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Food server' })).toHaveAttribute('href', '/backgrounds/food-server');
  });
});

test('a job board reads a role’s standard occupation codes on its page and in its JSON-LD', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  const codes = page.getByRole('region', { name: 'Standard occupation codes' });
  await expect(codes).toContainText('Closest standard occupation: Customer Service Representatives, O*NET-SOC 43-4051.00 (exact fit)');
  await expect(codes.getByRole('link', { name: 'Customer Service Representatives' }).first()).toHaveAttribute(
    'href',
    'https://www.onetonline.org/link/summary/43-4051.00',
  );
  await expect(codes.getByRole('link', { name: 'customer contact centre information clerk' })).toHaveAttribute(
    'href',
    'http://data.europa.eu/esco/occupation/b7b75eb6-34bc-462d-b412-eed393cc1397',
  );
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    occupationalCategory: { '@type': string; codeValue: string; inCodeSet: { '@type': string; name: string } }[];
  };
  expect(jsonLd.occupationalCategory).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        '@type': 'CategoryCode',
        codeValue: '43-4051.00',
        inCodeSet: expect.objectContaining({ '@type': 'CategoryCodeSet', name: 'O*NET-SOC 2019' }),
      }),
      expect.objectContaining({
        '@type': 'CategoryCode',
        codeValue: '4222',
        inCodeSet: expect.objectContaining({ '@type': 'CategoryCodeSet', name: 'ISCO-08' }),
      }),
    ]),
  );
});
