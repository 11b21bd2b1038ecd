import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A counselor coaching a false CV is worse than none: with no experience, nothing on the page, the
// printed handout or the API may describe work the person did not do.

interface RoleFile {
  slug: string;
  duties: { text: string }[];
}
interface SkillFile {
  slug: string;
  name: string;
  cvLine: string;
  howToShow: string;
}
const contentDir = path.join(process.cwd(), 'content');
const roles: RoleFile[] = fs
  .readdirSync(path.join(contentDir, 'roles'))
  .map((file) => JSON.parse(fs.readFileSync(path.join(contentDir, 'roles', file), 'utf8')));
const skills: SkillFile[] = JSON.parse(fs.readFileSync(path.join(contentDir, 'skills.json'), 'utf8'));
/** Every sentence the content has that describes doing a job: the roles' duties and the skills' BPO CV lines. */
const workClaims = [...roles.flatMap((r) => r.duties.map((d) => d.text)), ...skills.map((s) => s.cvLine)];
const skill = (slug: string) => skills.find((s) => s.slug === slug)!;

const newcomer = '/match?skills=communication,empathy,adaptability';
const nurse = '/match?skills=healthcare-knowledge:strong,empathy:strong,attention-to-detail,confidentiality';

test('with skills alone, the page claims no work and shows how to show each skill', async ({ page }) => {
  await page.goto(newcomer);
  const cv = page.getByRole('region', { name: 'Lines for your CV' });
  await expect(cv).toContainText('None yet: a line here only ever describes work you told us about.');
  const text = (await cv.textContent()) ?? '';
  for (const claim of workClaims) expect(text, claim).not.toContain(claim);
  await expect(cv.getByRole('heading', { name: 'Show a skill with an example of your own' })).toBeVisible();
  await expect(cv).toContainText('These claim no job');
  for (const slug of ['communication', 'empathy', 'adaptability']) await expect(cv).toContainText(`${skill(slug).name}: ${skill(slug).howToShow}`);
  await expect(cv.getByRole('button', { name: 'Copy these lines' })).toHaveCount(0);
});

test('a nurse’s printed handout claims no BPO work', async ({ page }) => {
  await page.goto(nurse);
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('region', { name: /A career plan from/ });
  await expect(handout).toBeVisible();
  const text = (await handout.textContent()) ?? '';
  for (const claim of workClaims) expect(text, claim).not.toContain(claim);
  await expect(handout.getByRole('heading', { name: /Lines for your CV/ })).toHaveCount(0);
  await expect(handout).toContainText(skill('confidentiality').howToShow);
});

test('the API gives no work line without experience', async ({ request }) => {
  const body = await (await request.get(`/api/v1${newcomer}`)).json();
  expect(body.cvLines.length).toBeGreaterThan(0);
  for (const line of body.cvLines) {
    expect(line.kind).toBe('show-skill');
    expect(workClaims).not.toContain(line.text);
    expect(line.text).toBe(skill(line.skill).howToShow);
  }
});

test('work the person did becomes lines: a ticked task, and the duties of the role held', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/match?skills=communication,empathy&tasks=customer-service-representative.0');
  const cv = page.getByRole('region', { name: 'Lines for your CV' });
  const task = roles.find((r) => r.slug === 'customer-service-representative')!.duties[0]!.text;
  await expect(cv.locator('[data-cv-work] li')).toHaveText([task]);
  await cv.getByRole('button', { name: 'Copy these lines' }).click();
  await expect(cv.getByRole('status')).toHaveText('Copied one line to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`• ${task}`);

  await page.goto('/match?from=team-leader');
  const duties = roles
    .find((r) => r.slug === 'team-leader')!
    .duties.map((d) => d.text)
    .sort();
  await expect.poll(async () => (await cv.locator('[data-cv-work] li').allTextContents()).sort()).toEqual(duties);
  const api: { cvLines: { kind: string; text: string; basis?: unknown }[] } = await (await page.request.get('/api/v1/match?from=team-leader')).json();
  const work = api.cvLines.filter((line) => line.kind === 'work');
  expect(work.map((line) => line.text).sort()).toEqual(duties);
  for (const line of work) expect(line.basis).toEqual({ role: 'team-leader' });
});
