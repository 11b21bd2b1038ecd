import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleLevelRank } from '@/lib/content/enums';
import { ladderProblems } from '@/lib/content/ladder';
import { getContent, readRawContent } from '@/lib/content/load';
import { formatProblem, validateContent } from '@/lib/content/validate';
import { buildRoleGraph } from '@/lib/graph';
import { shortestRoute } from '@/lib/paths';
import { roleFixture } from '../../../support/role-fixture';

// A career moves one rung at a time: the ladder rules, proved over the real content and shown to
// fail, with the file, the field and a suggestion, on tiny hand-made cases.

const content = getContent();
const levelOf = new Map(content.roles.map((r) => [r.slug, r.level]));
const rank = (slug: string) => roleLevelRank(levelOf.get(slug)!);
const moves = content.roles.flatMap((r) => r.growth.map((m) => ({ from: r.slug, ...m, climb: rank(m.to) - rank(r.slug) })));

describe('the real content keeps the ladder', () => {
  it('has no move that climbs two rungs or steps down', () => {
    expect(moves.filter((m) => m.climb > 1 || m.climb < 0).map((m) => `${m.from} -> ${m.to} (${m.climb})`)).toEqual([]);
  });

  it('gives every move a kind that agrees with the levels: a promotion climbs one rung, a lateral move none', () => {
    const wrong = moves.filter((m) => (m.kind === 'promotion' && m.climb !== 1) || (m.kind === 'lateral' && m.climb !== 0));
    expect(wrong.map((m) => `${m.from} -> ${m.to}: ${m.kind} climbing ${m.climb}`)).toEqual([]);
  });

  it('takes at least two moves on every route from an entry role to a senior or executive role', () => {
    const graph = buildRoleGraph(content.roles);
    const entry = content.roles.filter((r) => r.level === 'entry');
    const high = content.roles.filter((r) => r.level === 'senior' || r.level === 'executive');
    let routes = 0;
    for (const from of entry) {
      for (const to of high) {
        // The shortest route is the floor of every route.
        const route = shortestRoute(graph, from.slug, to.slug);
        if (!route) continue;
        routes++;
        expect(route.length - 1, `${from.slug} -> ${to.slug}: ${route.join(' > ')}`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(routes).toBeGreaterThan(10);
  });

  it('reaches every reach statement through moves, and each one lies further up than its role', () => {
    const graph = buildRoleGraph(content.roles);
    const statements = content.roles.flatMap((r) => r.reach.map((s) => ({ from: r.slug, to: s.to })));
    expect(statements.length).toBeGreaterThan(0);
    for (const { from, to } of statements) {
      const route = shortestRoute(graph, from, to);
      expect(route, `${from} reaches ${to}`).toBeDefined();
      expect(route!.length - 1, `${from} -> ${to} is more than one move`).toBeGreaterThanOrEqual(2);
      expect(rank(to)).toBeGreaterThan(rank(from));
    }
  });

  it('says why each role sits on its rung, and where team leader and supervisor share one', () => {
    for (const role of content.roles) expect(role.levelSource, role.slug).toBeDefined();
    expect(levelOf.get('team-leader')).toBe(levelOf.get('supervisor'));
    const sharing = content.roles.find((r) => r.slug === 'supervisor')!.levelSource!;
    expect('editorial' in sharing ? sharing.editorial : sharing.article).toMatch(/same rung/);
    expect(content.roles.find((r) => r.slug === 'team-leader')!.growth.find((m) => m.to === 'supervisor')?.kind).toBe('lateral');
  });
});

describe('ladderProblems', () => {
  const agent = roleFixture('agent', { level: 'entry' });
  const lead = roleFixture('lead', { level: 'mid' });
  const manager = roleFixture('manager', { level: 'senior' });

  it('rejects a move that skips a rung, suggesting the role it should go through as reach', () => {
    const roles = [
      {
        ...agent,
        growth: [
          { to: 'lead', kind: 'promotion' as const, takes: 'x x x' },
          { to: 'manager', kind: 'promotion' as const, takes: 'x x x' },
        ],
      },
      { ...lead, growth: [{ to: 'manager', kind: 'promotion' as const, takes: 'x x x' }] },
      manager,
    ];
    expect(ladderProblems(roles)).toEqual([
      {
        role: 'agent',
        path: 'growth[1].to',
        message:
          'the move to "manager" climbs 2 rungs (entry to senior); a move climbs at most one: list "manager" under "reach" instead, reached through "lead"',
      },
    ]);
  });

  it('rejects a kind that contradicts the levels, naming the kind that agrees', () => {
    const roles = [{ ...agent, growth: [{ to: 'lead', kind: 'lateral' as const, takes: 'x x x' }] }, lead, { ...manager, growth: [] }];
    expect(ladderProblems(roles).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'growth[0].kind: a lateral move stays on the same rung, but "lead" is one rung up (mid); make it "promotion"',
    ]);
    const sameRung = [{ ...lead, growth: [{ to: 'lead-2', kind: 'promotion' as const, takes: 'x x x' }] }, roleFixture('lead-2', { level: 'mid' })];
    expect(ladderProblems(sameRung)[0]?.message).toMatch(/on the same rung \(mid\); make it "lateral"/);
  });

  it('rejects a step down and a reach statement no route leads to', () => {
    const roles = [
      {
        ...lead,
        growth: [{ to: 'agent', kind: 'lateral' as const, takes: 'x x x' }],
        reach: [{ to: 'manager', source: { editorial: 'a reason of ten chars' } }],
      },
      agent,
      manager,
    ];
    expect(ladderProblems(roles).map((p) => p.path)).toEqual(['growth[0].to', 'reach[0].to']);
    expect(ladderProblems(roles)[0]?.message).toMatch(/never steps down/);
    expect(ladderProblems(roles)[1]?.message).toMatch(/no route of moves leads from "lead" to "manager"/);
  });
});

describe('the content check', () => {
  it('fails the build on a rung-skipping move, with the file, the field and a suggestion', () => {
    const { raw } = readRawContent(path.join(__dirname, '../../../fixtures/minimal'));
    const agentFile = raw.roles.find((f) => f.file.endsWith('agent.json'))!;
    const leader = raw.roles.find((f) => f.file.endsWith('team-leader.json'))!;
    const director = { ...(leader.data as object), slug: 'director', title: 'Director', level: 'executive', growth: [] };
    raw.roles.push({ file: leader.file.replace('team-leader', 'director'), data: director });
    const agentData = agentFile.data as { growth: unknown[] };
    agentData.growth = [
      ...agentData.growth,
      { to: 'director', kind: 'promotion', takes: 'A long climb.', source: { editorial: 'Testing a jump of three rungs.' } },
    ];
    const lines = validateContent(raw).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /roles\/agent\.json: growth\[\d\]\.to: the move to "director" climbs 3 rungs \(entry to executive\); a move climbs at most one: list "director" under "reach" instead/,
      ),
    ]);
  });
});
