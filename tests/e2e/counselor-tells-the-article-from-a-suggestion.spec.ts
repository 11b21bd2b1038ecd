import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoWcagViolations } from '../support/axe';

const suggestion = 'This guide’s suggestion';

// The moves as the content has them, read when the tests run, so content edits never need test edits.
interface RoleFile {
  slug: string;
  title: string;
  skills: { skill: string; key: boolean }[];
  growth: { to: string; kind: string; source?: { article: string } | { editorial: string } }[];
}
const roleFiles: RoleFile[] = fs
  .readdirSync(path.join(process.cwd(), 'content/roles'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content/roles', file), 'utf8')));
const roleBySlug = new Map(roleFiles.map((r) => [r.slug, r]));
const titleOf = (slug: string) => roleBySlug.get(slug)!.title;
const moves = roleFiles.flatMap((r) =>
  r.growth
    .filter((g) => roleBySlug.has(g.to))
    .map((g) => ({ from: r.slug, to: g.to, kind: g.kind, editorial: g.source !== undefined && 'editorial' in g.source })),
);
/** True when the content marks the move as this guide's suggestion; undefined when there is no such move. */
const editorialMove = (from: string, to: string) => moves.find((m) => m.from === from && m.to === to)?.editorial;

/**
 * Three roles, start → middle → goal: the first move this guide's suggestion, the second the article's.
 * Customer service to quality analysis (this guide's) and on to QA manager (the article's) while the
 * content says so; otherwise the first such chain in the content.
 */
function suggestedThenArticle(): { start: string; middle: string; goal: string } {
  const chains = moves
    .filter((m) => m.editorial)
    .flatMap((first) =>
      moves
        .filter((second) => !second.editorial && second.from === first.to && second.to !== first.from)
        .map((second) => ({ start: first.from, middle: first.to, goal: second.to })),
    );
  const known = chains.find((c) => c.start === 'customer-service-representative' && c.middle === 'quality-analyst' && c.goal === 'qa-manager');
  const chain = known ?? chains[0];
  if (!chain) throw new Error('the content has no suggested move followed by one of the article’s');
  return chain;
}

/** A role's title at the start of a piece of text, the longest that fits (so "QA Manager" never reads as a shorter title). */
function titleAtStart(text: string): string {
  const slug = roleFiles.filter((r) => text.trim().startsWith(r.title)).sort((a, b) => b.title.length - a.title.length)[0]?.slug;
  if (!slug) throw new Error(`no role title starts “${text}”`);
  return slug;
}

/**
 * Checks shown moves against the content: each carries the mark exactly when the content calls it
 * this guide's suggestion; and, unless told otherwise, both kinds are among them (so the check cannot
 * pass on one kind alone).
 */
function expectMarksFollowTheContent(shown: { from: string; to: string; marked: boolean }[], { bothKinds = true } = {}) {
  expect(shown.map((m) => `${m.from}>${m.to}: ${m.marked}`)).toEqual(shown.map((m) => `${m.from}>${m.to}: ${editorialMove(m.from, m.to)}`));
  if (!bothKinds) return;
  expect(
    shown.some((m) => m.marked),
    'a suggested move is among those shown',
  ).toBe(true);
  expect(
    shown.some((m) => !m.marked),
    'one of the article’s moves is among those shown',
  ).toBe(true);
}

/** A route written as role names joined by arrows, each maybe followed by the mark: the moves and their marks. */
function movesOfRouteText(text: string): { from: string; to: string; marked: boolean }[] {
  const stops = text.split(' → ').map((part) => ({ slug: titleAtStart(part), marked: part.includes(suggestion) }));
  expect(stops[0]?.marked, 'the start of a route is no move').toBe(false);
  return stops.slice(1).map((stop, i) => ({ from: stops[i]!.slug, to: stop.slug, marked: stop.marked }));
}

/** The slug in a role link's address. */
const slugOfHref = (href: string | null) => href?.replace(/^\/roles\//, '') ?? '';

/** The growth card for one target role in a role page's "How to grow from here". */
function growthCard(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: 'How to grow from here' })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** The mark on a growth card's own move, beside its heading (its "where it leads next" has marks of its own). */
function cardMark(card: Locator): Locator {
  return card.locator(':scope > div').first().getByText(suggestion, { exact: true });
}

test('a role page marks the moves the article never makes, and quotes the article for the ones it does', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  // "team leads, supervisors, or even operations managers"
  const teamLeader = growthCard(page, 'Team Leader');
  await expect(teamLeader).toContainText('From the article');
  await expect(teamLeader).toContainText('CSRs can move up to team leads');
  await expect(cardMark(teamLeader)).toHaveCount(0);
  const supervisor = growthCard(page, 'Supervisor');
  await expect(supervisor).toContainText('CSRs can move up to team leads, supervisors');
  await expect(cardMark(supervisor)).toHaveCount(0);
  // "or even operations managers": where the path can lead, quoted under its own heading.
  const operations = page
    .getByRole('region', { name: 'Where this path can lead over a career' })
    .getByRole('listitem')
    .filter({ hasText: 'Operations Manager' })
    .first();
  await expect(operations).toContainText('or even operations managers');
  await expect(operations).not.toContainText(suggestion);

  // The article never moves a CSR into tech support: this guide suggests it, and says why.
  const techSupport = growthCard(page, 'Technical Support Specialist');
  await expect(cardMark(techSupport)).toBeVisible();
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

test.describe('every surface that shows a move marks this guide’s suggestions, and only those', () => {
  test('the growth graph: suggested lines run along a band the legend explains, and say so in words', async ({ page }) => {
    const { start, middle, goal } = suggestedThenArticle();
    await page.goto('/paths');
    const graph = page.locator('svg[data-graph]');
    // The legend shows the band beside the same mark the rest of the site uses.
    await expect(
      page.getByRole('listitem').filter({ hasText: 'a move of any kind that the article does not name' }).getByText(suggestion, { exact: true }),
    ).toBeVisible();
    // The suggested line is named in words, with the mark's own wording, and drawn along a band.
    const suggestedLine = graph.getByRole('img', { name: `${titleOf(start)} to ${titleOf(middle)}`, exact: false });
    await expect(suggestedLine).toHaveCount(1);
    await expect(suggestedLine).toHaveAccessibleName(new RegExp(`${suggestion}$`));
    const band = graph.locator('path[data-band]');
    await expect(band).toBeVisible();
    // One path draws every stretch of band, each stretch along one suggested line.
    const stretches = ((await band.getAttribute('d')) ?? '').split(/(?=M)/).map((part) => part.trim());
    const lineOf = (from: string, to: string) => graph.locator(`path[data-from="${from}"][data-to="${to}"]`);
    expect(stretches).toContain(await lineOf(start, middle).getAttribute('d'));
    // The article's move is drawn plain: no name of its own, no band under it.
    await expect(graph.getByRole('img', { name: `${titleOf(middle)} to ${titleOf(goal)}` })).toHaveCount(0);
    expect(stretches).not.toContain(await lineOf(middle, goal).getAttribute('d'));
    // Every line agrees with the content: as many named lines, and stretches of band, as suggested moves.
    const suggestedCount = moves.filter((m) => m.editorial).length;
    await expect(graph.getByRole('img')).toHaveCount(suggestedCount);
    expect(stretches).toHaveLength(suggestedCount);
  });

  test('“Every move, as a list” marks each suggested move after its kind', async ({ page }) => {
    await page.goto('/paths');
    const list = page.getByRole('region', { name: 'Every move, as a list' });
    // Each role's entry starts with a link to it; each move is a span holding a link to where it leads.
    const shown = await list.locator('li').evaluateAll(
      (items, mark) =>
        items.flatMap((li) => {
          const from = li.querySelector(':scope > a')?.getAttribute('href') ?? '';
          return [...li.querySelectorAll(':scope > span')].flatMap((span) => {
            const to = span.querySelector('a')?.getAttribute('href');
            return to ? [{ from, to, marked: (span.textContent ?? '').includes(mark) }] : [];
          });
        }),
      suggestion,
    );
    expect(shown).toHaveLength(moves.length);
    expectMarksFollowTheContent(shown.map((m) => ({ ...m, from: slugOfHref(m.from), to: slugOfHref(m.to) })));
  });

  test('the comparison’s “Leads to” marks each suggested move', async ({ page }) => {
    const { start, middle } = suggestedThenArticle();
    await page.goto(`/compare?roles=${start},${middle}`);
    const leadsTo = page
      .getByRole('region', { name: 'Overview' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Leads to' }) });
    const cells = leadsTo.getByRole('cell');
    const shown = [];
    for (const [index, from] of [start, middle].entries()) {
      for (const item of await cells.nth(index).getByRole('listitem').all()) {
        shown.push({ from, to: slugOfHref(await item.getByRole('link').getAttribute('href')), marked: (await item.innerText()).includes(suggestion) });
      }
    }
    expect(shown.map((m) => m.to)).toContain(middle);
    expectMarksFollowTheContent(shown);
  });

  test('the match marks suggested moves on a grow-into role’s route, in the gap to it, and on the printed handout', async ({ page }) => {
    test.setTimeout(120_000);
    /** The route lines of the grow-into roles shown in full, each as its goal and its moves. */
    const routeLines = async () => {
      const lines = page
        .getByRole('region', { name: 'Roles to grow into' })
        .locator('p')
        .filter({ has: page.getByRole('link', { name: 'Plan this route' }) });
      return (await lines.allInnerTexts()).map((text) => movesOfRouteText(text.replace(/ \([^()]*\)\. Plan this route$/, '')));
    };
    // Which routes the advice shows depends on the advice and the content: look, from the role
    // held, for a route with a suggested move and one of the article's (customer service first).
    const starts = [...new Set(['customer-service-representative', ...moves.filter((m) => m.editorial).map((m) => m.from)])];
    let found: { start: string; goal: string; skills: string } | undefined;
    for (const start of starts) {
      const skills = roleBySlug
        .get(start)!
        .skills.filter((s) => s.key)
        .map((s) => `${s.skill}:strong`)
        .join(',');
      await page.goto(`/match?from=${start}&skills=${skills}`);
      const lines = await routeLines();
      for (const line of lines) expectMarksFollowTheContent(line, { bothKinds: false });
      const mixed = lines.find((line) => line.some((m) => m.marked) && line.some((m) => !m.marked));
      if (mixed) {
        found = { start, goal: mixed.at(-1)!.to, skills };
        break;
      }
    }
    if (!found) throw new Error('no grow-into route shown has both a suggested move and one of the article’s');
    const { start, goal, skills } = found;

    // The gap to that role spells out its route, a stop per line, with the same marks.
    await page.goto(`/match?from=${start}&skills=${skills}&target=${goal}`);
    const gap = page.getByRole('region', { name: `Your gap to ${titleOf(goal)}` });
    const stops = await gap
      .getByRole('listitem')
      .filter({ has: page.locator('a[href^="/roles/"]') })
      .allInnerTexts();
    const gapRoute = movesOfRouteText(stops.join(' → '));
    expect(gapRoute[0]?.from).toBe(start);
    expect(gapRoute.at(-1)?.to).toBe(goal);
    expectMarksFollowTheContent(gapRoute);

    // On paper: the route to the goal, and the roles one move from the person's role, carry the same mark.
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: /A career plan from/ });
    const route = handout
      .locator('ol')
      .filter({ has: page.getByText(titleOf(goal), { exact: true }) })
      .last();
    await expect(route.getByText(suggestion, { exact: true }).first()).toBeVisible();
    const printedStart = titleAtStart((await handout.getByText(/^Start as /).innerText()).replace(/^Start as /, ''));
    expectMarksFollowTheContent(movesOfRouteText([titleOf(printedStart), ...(await route.getByRole('listitem').allInnerTexts())].join(' → ')));
    const applyNow = handout.locator('ol').first();
    const fromExperience = (await applyNow.getByRole('listitem').allInnerTexts()).filter((text) => text.includes('from your experience'));
    expectMarksFollowTheContent(
      fromExperience.map((text) => ({ from: start, to: titleAtStart(text), marked: text.includes(suggestion) })),
      { bothKinds: false },
    );
  });

  test('a role page marks suggested moves in “where it leads next” and in “where people come from”', async ({ page }) => {
    // A role whose moves on are of both kinds, and a role that leads into it.
    const mixedOut = (slug: string) => moves.some((m) => m.from === slug && m.editorial) && moves.some((m) => m.from === slug && !m.editorial);
    const via =
      moves.find((m) => m.to === 'customer-service-representative' && mixedOut(m.to)) ??
      moves.find((m) => mixedOut(m.to) && moves.some((n) => n.from === m.to && n.to !== m.from));
    if (!via) throw new Error('no role with moves on of both kinds has a move into it');
    await page.goto(`/roles/${via.from}`);
    const nextRoles = growthCard(page, titleOf(via.to)).locator('[data-leads-on] li');
    const leadsOn = [];
    for (const item of await nextRoles.all()) {
      leadsOn.push({ from: via.to, to: slugOfHref(await item.getByRole('link').getAttribute('href')), marked: (await item.innerText()).includes(suggestion) });
    }
    expectMarksFollowTheContent(leadsOn);

    // A role people reach by moves of both kinds.
    const mixedIn = (slug: string) => moves.some((m) => m.to === slug && m.editorial) && moves.some((m) => m.to === slug && !m.editorial);
    const target = mixedIn('team-leader') ? 'team-leader' : moves.find((m) => mixedIn(m.to))!.to;
    await page.goto(`/roles/${target}`);
    const origins = [];
    for (const item of await page.getByRole('region', { name: 'Where people come from' }).getByRole('listitem').all()) {
      origins.push({
        from: slugOfHref(await item.getByRole('link').first().getAttribute('href')),
        to: target,
        marked: (await item.innerText()).includes(suggestion),
      });
    }
    expectMarksFollowTheContent(origins);
  });

  test('a printed route plan keeps the mark on each suggested step', async ({ page }) => {
    const { start, goal } = suggestedThenArticle();
    await page.goto(`/paths?from=${start}&to=${goal}`);
    await page.emulateMedia({ media: 'print' });
    const steps = page.locator('[data-route="0"] li[data-step-role]');
    await expect(steps.first()).toBeVisible();
    const shown = [];
    let from = start;
    for (const step of await steps.all()) {
      const to = (await step.getAttribute('data-step-role'))!;
      const mark = step.getByRole('heading', { level: 4 }).getByText(suggestion, { exact: true });
      const marked = (await mark.count()) > 0;
      if (marked) await expect(mark).toBeVisible();
      shown.push({ from, to, marked });
      from = to;
    }
    expectMarksFollowTheContent(shown);
  });
});

test('metrics, certifications and key skills say who names them, and the marker is explained on /about', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  const metrics = page.getByRole('region', { name: 'Metrics this role is judged on' }).getByRole('listitem');
  // The article gives average handle time for calls only as an example of BPO metrics: this guide ties it
  // to the role, and shows the article's general words as its ground.
  const handleTime = metrics.filter({ hasText: /^Average handle time/ });
  await expect(handleTime).toContainText(suggestion);
  await expect(handleTime).toContainText('The article, of BPO work as a whole: average handle time for calls');
  await expect(metrics.filter({ hasText: /^First call resolution/ })).toContainText(suggestion);

  // A second language is a plus the article names, not a skill the role requires.
  const skills = page.getByRole('region', { name: 'Skills required' });
  await expect(skills.getByRole('link', { name: 'Language proficiency' })).toHaveCount(0);
  const certifications = page.getByRole('region', { name: 'Certifications that help' });
  await expect(certifications).toContainText('Each can help; the line under each says what the article says of it');
  await expect(certifications).toContainText('being fluent in multiple languages is a significant plus');
  const communication = skills.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Communication', exact: true }) });
  await expect(communication).toContainText('Key skill');
  await expect(communication).toContainText('From the article: Excellent communication');

  await page.goto('/about');
  const about = page.getByRole('region', { name: 'The article, or this guide’s suggestion' });
  await expect(about.getByText(suggestion, { exact: true })).toBeVisible();
  // The article's own words on certifications, including the two kinds of role that ask for one.
  await expect(about).toContainText('often some form of IT certification or training');
  await expect(about).toContainText('Industry-specific certifications or knowledge');
  await expect(about).not.toContainText('never as requirements');
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
const publishedRoles =
  'accountant advanced-support-specialist back-office-specialist consultant customer-service-representative cybersecurity-specialist data-analyst executive hr-manager insurance-claims-specialist it-service-management-specialist legal-transcriptionist medical-coder mortgage-processor operations-manager process-improvement-lead project-manager qa-manager quality-analyst senior-operations-manager service-delivery-manager site-director specialized-domain-lead supervisor team-leader technical-support-specialist trainer training-manager';
const publishedSkills =
  'communication adaptability tech-savvy problem-solving teamwork time-management customer-centric-mindset empathy leadership attention-to-detail conflict-resolution technical-knowledge patience organization data-management confidentiality performance-metrics constructive-feedback coaching training-design performance-management strategic-thinking compliance mentoring emotional-intelligence language-proficiency process-improvement data-analysis client-communication cross-cultural-collaboration project-management cybersecurity escalation-handling quality-assurance it-service-management';
const publishedGuides =
  'certifications-and-continuous-learning common-misconceptions road-to-leadership what-bpo-experience-means what-is-bpo why-pursue-a-bpo-career';

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
  for (const path of [
    '/roles/customer-service-representative',
    '/paths?from=technical-support-specialist&to=team-leader',
    '/about',
    '/compare?roles=customer-service-representative,technical-support-specialist',
    '/match?from=technical-support-specialist&skills=communication:strong',
  ]) {
    test(`${path} with its provenance marks has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expectNoWcagViolations(page);
    });
  }
}

test('a specialized role says what it asks for beside its level: on its page, its card on the home page and in its JSON-LD', async ({ page }) => {
  await page.goto('/roles/medical-coder');
  const facts = page.getByRole('list', { name: 'Role facts' });
  await expect(facts).toContainText('Entry level, with healthcare knowledge or a certification');
  await expect(page.getByRole('region', { name: 'Certifications that help' })).toContainText(
    'This role asks for healthcare knowledge or a certification: a certification is one way in, knowledge of the field the other.',
  );
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  const occupation = [jsonLd, ...(jsonLd['@graph'] ?? [])].find((item: { '@type'?: string }) => item['@type'] === 'Occupation');
  expect(occupation?.experienceRequirements).toBe('Entry level, with healthcare knowledge or a certification');

  await page.goto('/');
  const start = page.getByRole('region', { name: 'Places to start' });
  const card = (title: string) => start.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(card('Mortgage Processor')).toContainText('Entry level, with finance and mortgage knowledge or a certification');
  await expect(card('Legal Transcriptionist')).toContainText('Entry level, with legal knowledge or a certification');
  await expect(card('Customer Service Representative').getByRole('list', { name: 'Role facts' })).not.toContainText('with');
});

test('every skill level follows the rule or says why, on the role page and in the match; /about states the rule', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  const skills = page.getByRole('region', { name: 'Skills required' }).getByRole('listitem');
  const skill = (name: string) => skills.filter({ has: page.getByRole('link', { name, exact: true }) });
  // The article asks for "Excellent communication"; mentoring at a basic level is this guide's; empathy follows the rule.
  await expect(skill('Communication')).toHaveAttribute('data-level-basis', 'article');
  await expect(skill('Communication')).toContainText('This level, from the article: Excellent communication');
  await expect(skill('Mentoring')).toHaveAttribute('data-level-basis', 'guide');
  await expect(skill('Mentoring')).toContainText(suggestion);
  await expect(skill('Mentoring')).toContainText('Why this guide asks this level:');
  await expect(skill('Empathy')).toHaveAttribute('data-level-basis', 'rule');
  await expect(skill('Empathy')).not.toContainText('This level');
  for (const item of await skills.all()) expect(['rule', 'article', 'guide']).toContain(await item.getAttribute('data-level-basis'));

  await page.getByRole('region', { name: 'Skills required' }).getByRole('link', { name: 'one rule' }).click();
  await expect(page).toHaveURL(/\/about#skill-levels$/);
  await expect(page.locator('#skill-levels + p')).toContainText('Entry roles ask for a working level in every skill they list.');

  await page.goto('/match?skills=communication:strong,empathy');
  const first = page
    .getByRole('region', { name: /You could apply now/ })
    .getByRole('listitem')
    .first();
  await first.getByText('How this score is worked out').click();
  await expect(first).toContainText('Communication (strong, meets the strong needed (the article’s level)');
  await expect(first).toContainText('Levels needed follow one rule');
});
