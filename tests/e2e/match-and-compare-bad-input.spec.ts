import { expect, test } from '@playwright/test';
import { expectNoWcagViolations } from '../support/axe';

const huge = 'x'.repeat(10_000);
const cases = [
  { path: '/match?skills=__proto__,<script>x</script>', notice: 'There is no skill called “<script>x</script>”.' },
  { path: '/match?target=nope', notice: 'There is no role called “nope”' },
  { path: '/match?from=<b>team</b>', notice: 'There is no role called “<b>team</b>”' },
  { path: '/match?skills=communication:expert&tasks=nope.3', notice: '“communication:expert” has no level we know' },
  { path: `/match?skills=${huge}`, notice: '“skills” was too long and has been shortened.' },
  { path: `/match?target=${huge}`, notice: '“target” was too long and has been shortened.' },
  { path: `/match?tasks=${huge}`, notice: '“tasks” was too long and has been shortened.' },
  { path: '/compare?roles=a,a,a,a', notice: 'There is no role called “a”' },
  { path: '/compare?roles=trainer,trainer,qa-manager,supervisor,team-leader', notice: 'Only 3 roles can be compared at once' },
  { path: `/compare?roles=${huge}`, notice: '“roles” was too long and has been shortened.' },
];

for (const { path, notice } of cases) {
  test(`bad input gives the page with an escaped notice: ${path.slice(0, 60)}`, async ({ page, request }) => {
    const response = await request.get(path);
    expect(response.status()).toBeLessThan(500);
    const html = await response.text();
    expect(html).not.toContain('<script>x</script>');
    await page.goto(path);
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
  });
}

const pages = [
  {
    name: 'match with results, a current role and a target',
    path: '/match?skills=communication:strong,empathy,problem-solving&tasks=team-leader.1&from=customer-service-representative&target=team-leader',
  },
  { name: 'comparison of three roles', path: '/compare?roles=customer-service-representative,technical-support-specialist,back-office-specialist' },
  { name: 'comparison of one role', path: '/compare?roles=trainer' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, path } of pages) {
    test(`${name} passes axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      if (path.startsWith('/match')) {
        // Check the live page, with a filter typed and a score explained.
        await page.getByRole('searchbox', { name: 'Filter the skills' }).fill('t');
        await page.getByText('How this score is worked out').first().click();
      }
      await expectNoWcagViolations(page);
    });
  }
}
