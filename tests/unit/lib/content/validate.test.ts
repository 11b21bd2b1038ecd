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
  });

  it('fails an alias that already leads elsewhere: another skill’s name, another role’s alias', () => {
    expect(lines('alias-clash')).toEqual([
      'alias-clash/roles/team-leader.json: aliases[1]: "Call-Center" already leads to "agent"; an alias must lead to one place',
      'alias-clash/skills.json: [1].aliases[0]: "Talking" already leads to "talking"; an alias must lead to one place',
    ]);
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
