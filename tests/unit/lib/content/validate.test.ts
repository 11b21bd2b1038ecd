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
