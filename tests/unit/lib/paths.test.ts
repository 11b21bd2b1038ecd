import { roleFixture } from '../../support/role-fixture';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/content/schemas';
import { buildRoleGraph } from '@/lib/graph';
import { readRawContent } from '@/lib/content/load';
import { roleSchema } from '@/lib/content/schemas';
import { kShortestRoutes, planRoute, shortestRoute, skillsToGainAlongRoute } from '@/lib/paths';

// The real roles, read without the rest of the content so unrelated content work cannot break these tests.
const realRoles = () => readRawContent().raw.roles.map((file) => roleSchema.parse(file.data));

type Move = [to: string, kind?: Role['growth'][number]['kind']];
const role = (slug: string, moves: Move[] = [], skills: Role['skills'] = [], certifications: string[] = []): Role =>
  roleFixture(slug, {
    duties: [{ text: 'Did things', builds: ['x'] }],
    skills: skills.length ? skills : [{ skill: 'base', level: 'basic', key: false }],
    growth: moves.map(([to, kind = 'promotion']) => ({ to, kind, takes: `Moving to ${to}` })),
    certifications,
  });

// a → b → d and a → c → d tie at two moves; a ⇄ c and d ⇄ e are cycles; f has no growth edges;
// g only leads to f, and nothing leads to g.
const roles = [
  role('a', [['b'], ['c', 'lateral']]),
  role('b', [['d'], ['e']]),
  role('c', [['d'], ['a']]),
  role('d', [['e']]),
  role('e', [['d'], ['f']]),
  role('f'),
  role('g', [['f']]),
];
const graph = buildRoleGraph(roles);

describe('shortestRoute', () => {
  it('finds the route with fewest moves, first content option on a tie', () => {
    expect(shortestRoute(graph, 'a', 'd')).toEqual(['a', 'b', 'd']);
    expect(shortestRoute(graph, 'a', 'f')).toEqual(['a', 'b', 'e', 'f']);
  });
  it('terminates on cycles and returns nothing when the goal is unreachable', () => {
    expect(shortestRoute(graph, 'd', 'a')).toBeUndefined();
    expect(shortestRoute(graph, 'f', 'a')).toBeUndefined();
    expect(shortestRoute(graph, 'a', 'g')).toBeUndefined();
    expect(shortestRoute(graph, 'a', 'nope')).toBeUndefined();
  });
});

describe('kShortestRoutes (Yen)', () => {
  it('lists loop-free routes, shortest first', () => {
    expect(kShortestRoutes(graph, 'a', 'd', 3)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
      ['a', 'b', 'e', 'd'],
    ]);
  });
  it('never repeats a role within a route, even through the d ⇄ e and a ⇄ c cycles', () => {
    const routes = kShortestRoutes(graph, 'a', 'f', 10);
    expect(routes.length).toBeGreaterThan(2);
    for (const route of routes) expect(new Set(route).size).toBe(route.length);
    expect(new Set(routes.map((r) => r.join())).size).toBe(routes.length);
    const lengths = routes.map((r) => r.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
  });
  it('stops when fewer routes exist than asked for', () => {
    expect(kShortestRoutes(graph, 'g', 'f', 3)).toEqual([['g', 'f']]);
    expect(kShortestRoutes(graph, 'f', 'a', 3)).toEqual([]);
  });
});

describe('skillsToGainAlongRoute', () => {
  const skilled = [
    role(
      'agent',
      [],
      [
        { skill: 'communication', level: 'strong', key: true },
        { skill: 'metrics', level: 'basic', key: false },
      ],
    ),
    role(
      'lead',
      [],
      [
        { skill: 'communication', level: 'working', key: true },
        { skill: 'metrics', level: 'working', key: false },
        { skill: 'coaching', level: 'basic', key: false },
      ],
    ),
    role(
      'manager',
      [],
      [
        { skill: 'metrics', level: 'working', key: false },
        { skill: 'coaching', level: 'strong', key: false },
        { skill: 'budgeting', level: 'basic', key: false },
      ],
    ),
  ];
  it('lists missing skills and higher levels, counting everything held so far', () => {
    expect(skillsToGainAlongRoute(skilled, ['agent', 'lead', 'manager'])).toEqual([
      [
        { skill: 'metrics', level: 'working', held: 'basic' },
        { skill: 'coaching', level: 'basic' },
      ],
      [
        { skill: 'coaching', level: 'strong', held: 'basic' },
        { skill: 'budgeting', level: 'basic' },
      ],
    ]);
  });
  it('counts skills the person already holds on their own, as a skill match does', () => {
    // Coaching held at strong covers both later needs; metrics held at working covers the lead's.
    expect(
      skillsToGainAlongRoute(
        skilled,
        ['agent', 'lead', 'manager'],
        [
          { skill: 'coaching', level: 'strong' },
          { skill: 'metrics', level: 'working' },
        ],
      ),
    ).toEqual([[], [{ skill: 'budgeting', level: 'basic' }]]);
  });
  it('gives no moves for a single role', () => {
    expect(skillsToGainAlongRoute(skilled, ['agent'])).toEqual([]);
  });
});

describe('planRoute', () => {
  const advice = [
    { slug: 'for-promotions', appliesTo: ['promotion' as const] },
    { slug: 'for-lateral', appliesTo: ['lateral' as const] },
  ];
  const content = { roles: [...roles.slice(0, 2), { ...roles[2]!, certifications: ['cert-c'] }, ...roles.slice(3)], advice };

  it('plans each step with its move, certifications and the advice for that kind of move', () => {
    const plan = planRoute(content, 'a', 'd');
    expect(plan.notices).toEqual([]);
    expect(plan.routes.map((r) => r.roles)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
      ['a', 'b', 'e', 'd'],
    ]);
    const [first, second] = plan.routes[1]!.steps;
    expect(first).toMatchObject({ from: 'a', to: 'c', kind: 'lateral', takes: 'Moving to c', certifications: ['cert-c'], advice: ['for-lateral'] });
    expect(second).toMatchObject({ from: 'c', to: 'd', kind: 'promotion', advice: ['for-promotions'] });
  });
  it('explains an empty plan: same role, no route, unknown role', () => {
    expect(planRoute(content, 'a', 'a')).toEqual({ routes: [], notices: ['You are already a A: pick a different goal to plan a route.'] });
    expect(planRoute(content, 'f', 'a').notices).toEqual(['There is no route from F to A in the growth paths we know of.']);
    expect(planRoute(content, 'a', 'zzz').notices).toEqual(['There is no role called “zzz”.']);
  });
  it('plans customer service representative to operations manager in the real content one rung at a time, through team leader or supervisor', () => {
    const plan = planRoute({ roles: realRoles(), advice: [] }, 'customer-service-representative', 'operations-manager');
    expect(plan.routes.length).toBeGreaterThanOrEqual(2);
    const [shortest] = plan.routes;
    // "team leads, supervisors, or even operations managers": the last is where the
    // path can lead, so the shortest route climbs through one of the first two.
    expect(shortest!.roles).toHaveLength(3);
    expect(['team-leader', 'supervisor']).toContain(shortest!.roles[1]);
    expect(shortest!.steps[0]!.source).toEqual({ article: expect.stringMatching(/CSRs can move up to team leads/) });
    for (const route of plan.routes) expect(route.steps.length).toBeGreaterThanOrEqual(2);
    for (const route of plan.routes) for (const step of route.steps) expect(step.skillsToGain.length).toBeGreaterThan(0);
  });
});
