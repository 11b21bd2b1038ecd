import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/validate';
import { fixtureFrom, type FixturePatch } from '../../../support/content-fixture';
import { brokenFixture, type BrokenFixture } from '../../../support/broken-fixtures';

const fixture = (name: string) => path.join(__dirname, '../../../fixtures', name);
const problemLines = (dir: string) => checkContent(dir).problems.map(formatProblem);
const patched = (name: string, patch: FixturePatch) => problemLines(fixtureFrom(name, patch));

/**
 * One broken content set and every problem it must report, in order: a shared broken fixture
 * (tests/support/broken-fixtures.ts), or tests/fixtures/minimal with one patch, named for what it breaks.
 */
type Case = { it: string; problems: string[] } & ({ fixture: BrokenFixture } | { name: string; patch: FixturePatch });

const problemsOf = (c: Case) => ('fixture' in c ? problemLines(brokenFixture(c.fixture)) : patched(c.name, c.patch));
/** Each case as a test of its own, named by what it shows. */
const eachCase = (cases: Case[]) => it.each(cases)('$it', (c) => expect(problemsOf(c)).toEqual(c.problems));

// The fixtures' article (tests/unit/lib/content/fingerprint.test.ts) is four invented lines.
const tooLongQuote = 'Agents answer customers. Skills Required: Excellent talking and listening. Career Growth: agents can move up to';
const copyAdvice =
  'say it in your own words, or quote at most the few words that back the claim (a provenance "article" field, or <q>…</q> in a guide or page)';
const levelAdvice = 'follow the rule, or add "levelSource": { "article": "<words asking for this level>" } or { "editorial": "<why this guide asks it>" }';

describe('content validation', () => {
  it('accepts a minimal valid content set', () => {
    const { content, problems } = checkContent(fixture('minimal'));
    expect(problems).toEqual([]);
    expect(content?.roles.map((r) => r.slug)).toEqual(['agent', 'team-leader']);
    expect(content?.guides[0]?.source).toContain('<Role slug="agent" />');
    expect(content?.backgrounds.map((b) => b.slug)).toEqual(['shop-worker']);
  });

  describe('standard occupation codes and backgrounds', () => {
    eachCase([
      {
        it: 'fails a role without codes, a worse fit listed before a better one, and a code listed twice',
        fixture: 'broken-role-codes',
        problems: [
          'broken-role-codes/roles/agent.json: occupations: no standard occupation codes; add "occupations" with the closest O*NET-SOC 2019 and ISCO-08 codes and how well each fits (occupationCodesSchema in lib/content/schemas.ts), e.g. { "onetSoc": [{ "code": "43-4051.00", "title": "Customer Service Representatives", "fit": "exact" }], "isco08": [...] }',
          'broken-role-codes/roles/team-leader.json: occupations.onetSoc[1].fit: "43-1011.00" fits better ("exact") than "11-1021.00" before it ("broad"); list the closest first',
          'broken-role-codes/roles/team-leader.json: occupations.onetSoc[2].code: "43-1011.00" is listed twice; keep one',
        ],
      },
      {
        it: 'fails a background with a malformed O*NET-SOC code, a fit short of exact without a note, a broad ESCO code and a skill without a reason',
        fixture: 'broken-background-schema',
        problems: [
          'broken-background-schema/backgrounds/shop-worker.json: occupations.onetSoc[0].code: an O*NET-SOC 2019 code is NN-NNNN.NN, e.g. "43-4051.00"',
          'broken-background-schema/backgrounds/shop-worker.json: occupations.isco08[0].note: a "close" fit needs a note saying what differs, e.g. { "note": "No classification separates a second support tier from the first" }',
          'broken-background-schema/backgrounds/shop-worker.json: occupations.esco[0].fit: list an ESCO occupation only where it fits well ("exact" or "close"); leave a "broad" one out',
          'broken-background-schema/backgrounds/shop-worker.json: skills[1].reason: say in one line why the job builds this skill, e.g. { "reason": "Calmed customers upset about a price or a long queue" }',
        ],
      },
      {
        it: 'fails a background naming an unknown skill (with the closest one), a quote the article does not hold, a duty building a skill the job does not list, and an entry role as an entry point',
        fixture: 'broken-background-references',
        problems: [
          'broken-background-references/backgrounds/shop-worker.json: skills[0].skill: unknown skill "talkng"; did you mean "talking"?',
          `broken-background-references/backgrounds/shop-worker.json: duties[0].builds[0]: "talking" is not among this job's skills; add it to "skills" with a level and a reason, or build one of them`,
          'broken-background-references/backgrounds/shop-worker.json: entryPoints[0].role: "agent" is an entry role, which every past job opens already; list only a role above entry level',
          'broken-background-references/backgrounds/shop-worker.json: skills[1].quote: "Excellent leading" is not in the article word for word (no two of its words stand together in the article); copy its words exactly (a quote in the content with the same words: "Excellent talking and listening"), or mark the claim { "editorial": "<reason>" }',
        ],
      },
    ]);
  });

  describe('references, aliases and required fields', () => {
    eachCase([
      {
        it: 'fails an alias that already leads elsewhere: another skill’s name, another role’s alias',
        fixture: 'alias-clash',
        problems: [
          'alias-clash/roles/team-leader.json: aliases[1]: "Call-Center" already leads to "agent"; an alias must lead to one place',
          'alias-clash/skills.json: [1].aliases[0]: "Talking" already leads to "talking"; an alias must lead to one place',
        ],
      },
      {
        it: 'names the file, the field path and the closest slug for a misspelt growth target',
        fixture: 'broken-growth-target',
        problems: ['broken-growth-target/roles/agent.json: growth[0].to: unknown role "team-leadr"; did you mean "team-leader"?'],
      },
      {
        it: 'names the guide file and the unknown role a guide links to',
        name: 'broken-guide-reference',
        patch: { 'guides/basics.mdx': (mdx: string) => mdx.replace('<Role slug="agent" />', '<Role slug="agnet" />') },
        problems: ['broken-guide-reference/guides/basics.mdx: line 3 <Role slug>: unknown role "agnet"; did you mean "agent"?'],
      },
      {
        it: 'fails a role with no defining skill, naming the key skill to mark',
        name: 'no-defining-skill',
        patch: { 'roles/team-leader.json': (leader) => delete leader.skills[1].defining },
        problems: [
          'no-defining-skill/roles/team-leader.json: skills: no defining skill; mark what the role is hired for with "defining": true (e.g. on "talking")',
        ],
      },
    ]);

    it('reports every problem at once: self-loop, unknown skill, missing field, duplicate slug', () => {
      const found = patched('broken-many', {
        'roles/agent.json': (agent) => {
          agent.skills.push({ skill: 'talkng', level: 'working', key: false });
          agent.growth.push({ to: 'agent', kind: 'lateral', takes: 'Looping back.', source: { editorial: 'A loop back, to test self-loops.' } });
        },
        'roles/team-leader.json': (leader) => {
          delete leader.summary;
        },
        'skills.json': (skills) => {
          skills.push({ ...skills[0] });
        },
      });
      expect(found).toContain('broken-many/roles/agent.json: growth[1].to: a role cannot grow into itself ("agent"); remove this edge');
      expect(found).toContain('broken-many/roles/agent.json: skills[1].skill: unknown skill "talkng"; did you mean "talking"?');
      expect(found.some((l) => l.startsWith('broken-many/roles/team-leader.json: summary:'))).toBe(true);
      expect(found.some((l) => l.startsWith('broken-many/skills.json: ') && l.includes('duplicate slug "talking"'))).toBe(true);
      expect(found).toHaveLength(4);
    });
  });

  describe('skill levels: the level rule, or the provenance of a level that departs from it', () => {
    // The rule: entry roles ask "working"; above entry, "strong" in key skills and "working" in the rest.
    eachCase([
      {
        it: 'fails a level that departs from the rule without saying why, and a level source the article does not say',
        name: 'entry-role-asks-strong',
        patch: {
          'roles/agent.json': (agent) => {
            delete agent.skills[0].levelSource;
            agent.skills.push({ skill: 'leading', level: 'strong', key: false, levelSource: { article: 'strong leadership' } });
          },
          'roles/team-leader.json': (leader) => delete leader.skills[1].levelSource,
        },
        problems: [
          `entry-role-asks-strong/roles/agent.json: skills[0].level: "strong" talking departs from the level rule, which gives a entry-level role "working" here (a key skill); ${levelAdvice}`,
          `entry-role-asks-strong/roles/team-leader.json: skills[1].level: "working" leading departs from the level rule, which gives a mid-level role "strong" here (a key skill); ${levelAdvice}`,
          'entry-role-asks-strong/roles/agent.json: skills[1].levelSource.article: "strong leadership" is not in the article word for word (no two of its words stand together in the article); copy its words exactly, or mark the claim { "editorial": "<reason>" }',
        ],
      },
      {
        it: 'fails a level source on a level the rule already gives',
        name: 'needless-level-source',
        patch: { 'roles/team-leader.json': (leader) => (leader.skills[0].levelSource = { editorial: 'Leads talk a great deal.' }) },
        problems: [
          'needless-level-source/roles/team-leader.json: skills[0].levelSource: "strong" is what the level rule gives talking here; remove levelSource, which is for levels that depart from the rule',
        ],
      },
    ]);

    it('accepts a departure the article asks for, whatever the case and punctuation, and one this guide explains', () => {
      // minimal/roles/agent.json asks for strong talking with "Excellent talking"; the article says "Excellent talking and listening."
      const roles = checkContent(fixture('minimal')).content?.roles;
      expect(roles?.find((r) => r.slug === 'agent')?.skills[0]).toMatchObject({ level: 'strong', levelSource: { article: 'Excellent talking' } });
      expect(roles?.find((r) => r.slug === 'team-leader')?.skills[1]).toMatchObject({
        level: 'working',
        levelSource: { editorial: 'A new team leader learns to lead on the job.' },
      });
    });
  });

  describe('provenance: every quoted fragment is in the article, every editorial item has a reason', () => {
    eachCase([
      {
        it: 'fails a move with no source at all',
        name: 'missing-source',
        patch: { 'roles/agent.json': (agent) => delete agent.growth[0].source },
        problems: [
          'missing-source/roles/agent.json: growth[0].source: the move to "team-leader" needs a source: { "article": "<the words naming this move>" } or { "editorial": "<why this guide suggests it>" }',
        ],
      },
      {
        it: 'fails a fragment the article does not contain, pointing at the quotes already in the content that share its words',
        name: 'quote-not-in-article',
        patch: { 'roles/agent.json': (agent) => (agent.skills[0].source.article = 'superb talking skills') },
        problems: [
          'quote-not-in-article/roles/agent.json: skills[0].source.article: "superb talking skills" is not in the article word for word (no two of its words stand together in the article); copy its words exactly (a quote in the content with the same words: "Excellent talking and listening"), or mark the claim { "editorial": "<reason>" }',
        ],
      },
      {
        it: 'fails an editorial item without a reason',
        name: 'editorial-without-reason',
        patch: { 'roles/agent.json': (agent) => (agent.metricSources['handle-time'].editorial = '') },
        problems: [
          'editorial-without-reason/roles/agent.json: metricSources.handle-time.editorial: an editorial item needs a one-line reason, e.g. { "editorial": "Both roles answer customers; this guide suggests the step" }',
        ],
      },
    ]);
  });

  describe('our own words: quotes are short and the article’s, prose copies no run of it and claims no frequency', () => {
    eachCase([
      {
        it: 'fails a quote of more than fifteen words, even when the article says it',
        name: 'quote-too-long',
        patch: { 'roles/agent.json': (agent) => (agent.growth[0].source.article = tooLongQuote) },
        problems: [
          `quote-too-long/roles/agent.json: growth[0].source.article: "${tooLongQuote}" is 16 words; quote at most 15, only the words that say this claim`,
        ],
      },
      {
        it: 'fails a run of ten words copied from the article outside a quote, in a role and in a guide; nine pass',
        name: 'copied-prose',
        patch: {
          'roles/agent.json': (agent) =>
            (agent.overview = [
              'Good agents can move up to team leads, who lead a team of their own.',
              'Agents answer customers. Skills required: excellent talking and listening.',
            ]),
          'guides/basics.mdx': (mdx: string) => `${mdx}\nIn short: skills required: excellent talking and listening. Career growth: agents can move up.\n`,
        },
        problems: [
          `copied-prose/roles/agent.json: overview[0]: "agents can move up to team leads who lead a team" copies 11 words of the article; ${copyAdvice}`,
          `copied-prose/guides/basics.mdx: line 5: "skills required excellent talking and listening career growth agents can move up" copies 12 words of the article; ${copyAdvice}`,
        ],
      },
      {
        it: 'accepts the same words as a marked quote in a guide, and fails a <q> the article does not say',
        name: 'guide-quotes',
        patch: {
          'guides/basics.mdx': (mdx: string) =>
            `${mdx}\nThe article puts it plainly: <q>agents can move up to team leads, who lead a team</q>.\nIt also says <q>agents always lead</q>.\n`,
        },
        problems: [
          'guide-quotes/guides/basics.mdx: line 6: "agents always lead" is not in the article word for word (no two of its words stand together in the article); copy its words exactly (a quote in the content with the same words: "agents can move up to team leads, who lead a team"), or mark the claim { "editorial": "<reason>" }',
        ],
      },
      {
        it: 'fails a frequency word outside a quote, even in the article’s own words, and accepts it inside one',
        name: 'frequency-claim',
        patch: {
          'roles/agent.json': (agent) => {
            agent.overview = ['Agents often work evening shifts.', 'Plenty of agents answer customers by phone.'];
            agent.metricSources['handle-time'] = { article: 'Agents often work evening shifts' };
          },
        },
        problems: [
          'frequency-claim/roles/agent.json: overview[0]: "often" claims how common something is ("…agents often work evening shifts…") outside a quote of the article; say what the article says without it, or quote the article\'s own words',
          'frequency-claim/roles/agent.json: overview[1]: "plenty of" claims how common something is ("…plenty of agents answer customers by phone…") outside a quote of the article; say what the article says without it, or quote the article\'s own words',
        ],
      },
      {
        it: 'reads curly-quoted words in content prose as a quote of the article, checked like any other',
        name: 'curly-quotes',
        patch: {
          'roles/agent.json': (agent) => (agent.overview = ['The article says “Agents often work evening shifts”.', 'It also says “agents never sleep”.']),
        },
        problems: [
          'curly-quotes/roles/agent.json: overview[1]: "agents never sleep" is not in the article word for word (no two of its words stand together in the article); copy its words exactly (a quote in the content with the same words: "Agents often work evening shifts"), or mark the claim { "editorial": "<reason>" }',
        ],
      },
    ]);
  });

  // Each starts a process, which takes seconds on a busy machine.
  it.each<{ fixture: BrokenFixture; problem: string }>([
    { fixture: 'broken-growth-target', problem: 'roles/agent.json: growth[0].to: unknown role "team-leadr"; did you mean "team-leader"?' },
    { fixture: 'broken-background-references', problem: 'backgrounds/shop-worker.json: skills[0].skill: unknown skill "talkng"; did you mean "talking"?' },
  ])(
    'content:check prints the problem with its file, field and closest slug, and exits non-zero, on $fixture',
    ({ fixture, problem }) => {
      let output = '';
      let status = 0;
      try {
        execFileSync('npx', ['tsx', 'scripts/content-check.ts', brokenFixture(fixture)], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        const failure = error as { status: number; stderr: string };
        status = failure.status;
        output = failure.stderr;
      }
      expect(status).toBe(1);
      expect(output).toContain(problem);
    },
    30_000,
  );
});
