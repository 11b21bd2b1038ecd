import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/validate';

const fixture = (name: string) => path.join(__dirname, '../../../fixtures', name);
const lines = (name: string) => checkContent(fixture(name)).problems.map(formatProblem);

describe('content validation', () => {
  it('accepts a minimal valid content set', () => {
    const { content, problems } = checkContent(fixture('minimal'));
    expect(problems).toEqual([]);
    expect(content?.roles.map((r) => r.slug)).toEqual(['agent', 'team-leader']);
    expect(content?.guides[0]?.source).toContain('<Role slug="agent" />');
    expect(content?.backgrounds.map((b) => b.slug)).toEqual(['shop-worker']);
  });

  describe('standard occupation codes and backgrounds', () => {
    it('fails a role without codes, a worse fit listed before a better one, and a code listed twice', () => {
      expect(lines('broken-role-codes')).toEqual([
        'broken-role-codes/roles/agent.json: occupations: no standard occupation codes; add "occupations" with the closest O*NET-SOC 2019 and ISCO-08 codes and how well each fits (occupationCodesSchema in lib/content/schemas.ts), e.g. { "onetSoc": [{ "code": "43-4051.00", "title": "Customer Service Representatives", "fit": "exact" }], "isco08": [...] }',
        'broken-role-codes/roles/team-leader.json: occupations.onetSoc[1].fit: "43-1011.00" fits better ("exact") than "11-1021.00" before it ("broad"); list the closest first',
        'broken-role-codes/roles/team-leader.json: occupations.onetSoc[2].code: "43-1011.00" is listed twice; keep one',
      ]);
    });

    it('fails a background with a malformed O*NET-SOC code, a fit short of exact without a note, a broad ESCO code and a skill without a reason', () => {
      expect(lines('broken-background-schema')).toEqual([
        'broken-background-schema/backgrounds/shop-worker.json: occupations.onetSoc[0].code: an O*NET-SOC 2019 code is NN-NNNN.NN, e.g. "43-4051.00"',
        'broken-background-schema/backgrounds/shop-worker.json: occupations.isco08[0].note: a "close" fit needs a note saying what differs, e.g. { "note": "No classification separates a second support tier from the first" }',
        'broken-background-schema/backgrounds/shop-worker.json: occupations.esco[0].fit: list an ESCO occupation only where it fits well ("exact" or "close"); leave a "broad" one out',
        'broken-background-schema/backgrounds/shop-worker.json: skills[1].reason: say in one line why the job builds this skill, e.g. { "reason": "Calmed customers upset about a price or a long queue" }',
      ]);
    });

    it('fails a background naming an unknown skill (with the closest one), a quote the article does not hold, a duty building a skill the job does not list, and an entry role as an entry point', () => {
      expect(lines('broken-background-references')).toEqual([
        'broken-background-references/backgrounds/shop-worker.json: skills[0].skill: unknown skill "talkng"; did you mean "talking"?',
        'broken-background-references/backgrounds/shop-worker.json: skills[1].quote: "Excellent leading" is not in the article; copy a fragment word for word (closest: "Excellent talking and listening")',
        `broken-background-references/backgrounds/shop-worker.json: duties[0].builds[0]: "talking" is not among this job's skills; add it to "skills" with a level and a reason, or build one of them`,
        'broken-background-references/backgrounds/shop-worker.json: entryPoints[0].role: "agent" is an entry role, which every past job opens already; list only a role above entry level',
      ]);
    });

    it('content:check names the background file, the field and the closest skill', () => {
      let output = '';
      try {
        execFileSync('npx', ['tsx', 'scripts/content-check.ts', fixture('broken-background-references')], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        output = (error as { stderr: string }).stderr;
      }
      expect(output).toContain('backgrounds/shop-worker.json: skills[0].skill: unknown skill "talkng"; did you mean "talking"?');
    });
  });

  it('names the file, the field path and the closest slug for a misspelt growth target', () => {
    expect(lines('broken-growth-target')).toEqual([
      'broken-growth-target/roles/agent.json: growth[0].to: unknown role "team-leadr"; did you mean "team-leader"?',
    ]);
  });

  it('names the guide file and the unknown role a guide links to', () => {
    expect(lines('broken-guide-reference')).toEqual([
      'broken-guide-reference/guides/basics.mdx: line 3 <Role slug>: unknown role "agnet"; did you mean "agent"?',
    ]);
  });

  it('reports every problem at once: self-loop, unknown skill, missing field, duplicate slug', () => {
    const found = lines('broken-many');
    expect(found).toContain('broken-many/roles/agent.json: growth[1].to: a role cannot grow into itself ("agent"); remove this edge');
    expect(found).toContain('broken-many/roles/agent.json: skills[1].skill: unknown skill "talkng"; did you mean "talking"?');
    expect(found.some((l) => l.startsWith('broken-many/roles/team-leader.json: summary:'))).toBe(true);
    expect(found.some((l) => l.startsWith('broken-many/skills.json: ') && l.includes('duplicate slug "talking"'))).toBe(true);
    expect(found).toHaveLength(4);
  });

  it('fails a role with no defining skill, naming the key skill to mark', () => {
    expect(lines('no-defining-skill')).toEqual([
      'no-defining-skill/roles/team-leader.json: skills: no defining skill; mark what the role is hired for with "defining": true (e.g. on "talking")',
    ]);
  });

  it('fails an entry role asking for "strong" without the article asking for it, and a level source the article does not say', () => {
    expect(lines('entry-role-asks-strong')).toEqual([
      'entry-role-asks-strong/roles/agent.json: skills[0].level: entry-level role asks for "strong" talking; entry roles ask for at most "working" unless the article asks for more: lower it to "working", or add "levelSource" with the article\'s words',
      'entry-role-asks-strong/roles/agent.json: skills[1].levelSource: "strong leadership" is not in the article (entry-role-asks-strong/source-article.txt); copy the phrase word for word',
    ]);
  });

  it('accepts an entry role asking for "strong" when the article says so, whatever the case and punctuation', () => {
    // minimal/roles/agent.json asks for strong talking with "Excellent talking"; the article says "Excellent talking and listening."
    expect(checkContent(fixture('minimal')).content?.roles.find((r) => r.slug === 'agent')?.skills[0]).toMatchObject({ level: 'strong', levelSource: 'Excellent talking' });
  });

  describe('provenance: every quoted fragment is in the article, every editorial item has a reason', () => {
    it('fails a move with no source at all', () => {
      expect(lines('missing-source')).toEqual([
        'missing-source/roles/agent.json: growth[0].source: the move to "team-leader" needs a source: { "article": "<the words naming this move>" } or { "editorial": "<why this guide suggests it>" }',
      ]);
    });
    it('fails a fragment the article does not contain, suggesting the closest clause', () => {
      expect(lines('quote-not-in-article')).toEqual([
        'quote-not-in-article/roles/agent.json: skills[0].source.article: "superb talking skills" is not in the article; copy a fragment word for word (closest: "Excellent talking and listening")',
      ]);
    });
    it('fails an editorial item without a reason', () => {
      expect(lines('editorial-without-reason')).toEqual([
        'editorial-without-reason/roles/agent.json: metricSources.handle-time.editorial: an editorial item needs a one-line reason, e.g. { "editorial": "Both roles answer customers; this guide suggests the step" }',
      ]);
    });
    it('fails a frequency word the article does not back, and accepts one quoted from it', () => {
      // overview[0] "Agents often work evening shifts." is the fixture article's own sentence; overview[1] is not.
      expect(lines('frequency-claim')).toEqual([
        'frequency-claim/roles/agent.json: overview[1]: "usually" claims how common something is ("…agents usually answer customers by phone…") and the article does not say so here; rewrite without it, or quote the article\'s own words',
      ]);
    });
  });

  it('content:check prints the problem and exits non-zero on a broken fixture', () => {
    let output = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/content-check.ts', fixture('broken-growth-target')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      output = failure.stderr;
    }
    expect(status).toBe(1);
    expect(output).toContain('roles/agent.json: growth[0].to: unknown role "team-leadr"; did you mean "team-leader"?');
  });
});
