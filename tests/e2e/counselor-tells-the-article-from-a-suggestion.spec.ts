import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const suggestion = 'This guide’s suggestion';

/** The growth card for one target role in a role page's "How to grow from here". */
function growthCard(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: 'How to grow from here' })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

test('a role page marks the moves the article never makes, and quotes the article for the ones it does', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  // "CSRs can move up to team leads, supervisors, or even operations managers"
  const teamLeader = growthCard(page, 'Team Leader');
  await expect(teamLeader).toContainText('From the article');
  await expect(teamLeader).toContainText('CSRs can move up to team leads');
  await expect(teamLeader).not.toContainText(suggestion);
  // "or even operations managers": where the path can lead, quoted under its own heading.
  const operations = page.getByRole('region', { name: 'Where this path can lead over a career' }).getByRole('listitem').filter({ hasText: 'Operations Manager' }).first();
  await expect(operations).toContainText('or even operations managers');
  await expect(operations).not.toContainText(suggestion);

  // The article never moves a CSR into tech support: this guide suggests it, and says why.
  const techSupport = growthCard(page, 'Technical Support Specialist');
  await expect(techSupport.getByText(suggestion, { exact: true })).toBeVisible();
  await expect(techSupport).toContainText('Why this guide suggests it');
  await expect(techSupport).not.toContainText('From the article');

  // Where people come from carries the same mark.
  await page.goto('/roles/team-leader');
  const origins = page.getByRole('region', { name: 'Where people come from' }).getByRole('listitem');
  await expect(origins.filter({ hasText: 'Technical Support Specialist' })).toContainText(suggestion);
  await expect(origins.filter({ hasText: 'Customer Service Representative' })).not.toContainText(suggestion);
});

test('the route planner marks a suggested move and leaves the article’s own moves unmarked', async ({ page }) => {
  await page.goto('/paths?from=technical-support-specialist&to=team-leader');
  const suggested = page.locator('[data-route="0"] li[data-step-role="team-leader"]');
  await expect(suggested.getByRole('heading', { level: 4 })).toContainText(suggestion);
  await expect(suggested).toContainText('Why this guide suggests it: The article names team leads only as a CSR move');

  await page.goto('/paths?from=customer-service-representative&to=team-leader');
  const quoted = page.locator('[data-route="0"] li[data-step-role="team-leader"]');
  await expect(quoted).toContainText('From the article: CSRs can move up to team leads');
  await expect(quoted).not.toContainText(suggestion);
});

test('metrics, certifications and key skills say who names them, and the marker is explained on /about', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  const metrics = page.getByRole('region', { name: 'Metrics this role is judged on' }).getByRole('listitem');
  await expect(metrics.filter({ hasText: /^Average handle time/ })).toContainText('From the article: average handle time for calls');
  await expect(metrics.filter({ hasText: /^First call resolution/ })).toContainText(suggestion);

  // A second language is a plus the article names, not a skill the role requires.
  const skills = page.getByRole('region', { name: 'Skills required' });
  await expect(skills.getByRole('link', { name: 'Language proficiency' })).toHaveCount(0);
  const certifications = page.getByRole('region', { name: 'Certifications that help' });
  await expect(certifications).toContainText('Each can help; none is a requirement.');
  await expect(certifications).toContainText('being fluent in multiple languages is a significant plus');
  const communication = skills.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Communication', exact: true }) });
  await expect(communication).toContainText('Key skill');
  await expect(communication).toContainText('From the article: Excellent communication');

  await page.goto('/about');
  const about = page.getByRole('region', { name: 'The article, or this guide’s suggestion' });
  await expect(about.getByText(suggestion, { exact: true })).toBeVisible();
  await expect(about).toContainText('can help, never as requirements');
});

test('roles the article counts as BPO work are tracked inside BPO, and accounting keeps its address with the article’s words', async ({ page }) => {
  const response = await page.goto('/roles/accountant');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accounting Roles');
  await page.goto('/roles?track=beyond-bpo');
  const titles = await page.getByRole('article').getByRole('heading').allTextContents();
  for (const bpoWork of ['Accounting Roles', 'HR Manager', 'Data Analyst', 'IT Service Management Specialist', 'Cybersecurity Specialist']) {
    expect(titles.map((t) => t.trim())).not.toContain(bpoWork);
  }
  await page.goto('/roles/back-office-specialist');
  await expect(growthCard(page, 'Accounting Roles')).not.toContainText('Move beyond BPO');
  await expect(growthCard(page, 'Accounting Roles')).toContainText('accounting roles');
});

// Every role, skill and guide address published before provenance was added (the content at commit 7800652).
const publishedRoles = 'accountant advanced-support-specialist back-office-specialist consultant customer-service-representative cybersecurity-specialist data-analyst executive hr-manager insurance-claims-specialist it-service-management-specialist legal-transcriptionist medical-coder mortgage-processor operations-manager process-improvement-lead project-manager qa-manager quality-analyst senior-operations-manager service-delivery-manager site-director specialized-domain-lead supervisor team-leader technical-support-specialist trainer training-manager';
const publishedSkills = 'communication adaptability tech-savvy problem-solving teamwork time-management customer-centric-mindset empathy leadership attention-to-detail conflict-resolution technical-knowledge patience organization data-management confidentiality performance-metrics constructive-feedback coaching training-design performance-management strategic-thinking compliance mentoring emotional-intelligence language-proficiency process-improvement data-analysis client-communication cross-cultural-collaboration project-management cybersecurity escalation-handling quality-assurance it-service-management';
const publishedGuides = 'certifications-and-continuous-learning common-misconceptions road-to-leadership what-bpo-experience-means what-is-bpo why-pursue-a-bpo-career';

test('every published role, skill and guide address still answers', async ({ request }) => {
  const paths = [
    ...publishedRoles.split(' ').map((slug) => `/roles/${slug}`),
    ...publishedSkills.split(' ').map((slug) => `/skills/${slug}`),
    ...publishedGuides.split(' ').map((slug) => `/guides/${slug}`),
  ];
  for (const path of paths) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  // The one skill that was split answers with a permanent redirect (see job-seeker-browses-skills).
  expect((await request.get('/skills/industry-knowledge', { maxRedirects: 0 })).status()).toBe(308);
});

// The marker and the quotes are new text on these pages: both colour schemes keep AA contrast.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ['/roles/customer-service-representative', '/paths?from=technical-support-specialist&to=team-leader', '/about']) {
    test(`${path} with its provenance marks has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
    });
  }
}
