import { describe, expect, it } from 'vitest';
import { bestEntryRoute, levelCreditInSixths, nextSkillsToLearn, rankRolesBySkills, skillWeight, type MatchRole, type MatchSkill } from '@/lib/match';

// Hand-worked fixture: two core skills (communication, time management), two role-specific ones.
const skills: MatchSkill[] = [
  { slug: 'communication', name: 'Communication', kind: 'core' },
  { slug: 'time-management', name: 'Time management', kind: 'core' },
  { slug: 'empathy', name: 'Empathy', kind: 'role-specific' },
  { slug: 'leadership', name: 'Leadership', kind: 'role-specific' },
];
const agent: MatchRole = {
  slug: 'agent',
  title: 'Agent',
  level: 'entry',
  skills: [
    { skill: 'communication', level: 'strong', key: true }, // weight 4
    { skill: 'empathy', level: 'working', key: false }, // weight 1
    { skill: 'time-management', level: 'working', key: false }, // weight 2
  ],
};
const lead: MatchRole = {
  slug: 'lead',
  title: 'Lead',
  level: 'mid',
  skills: [
    { skill: 'leadership', level: 'strong', key: true }, // weight 3
    { skill: 'communication', level: 'working', key: false }, // weight 2
  ],
};
const clerk: MatchRole = { slug: 'clerk', title: 'Clerk', level: 'entry', skills: [{ skill: 'time-management', level: 'working', key: true }] };
const roles = [lead, clerk, agent];

describe('skill weights and level credit', () => {
  it('weighs key skills and core skills more', () => {
    expect([skillWeight(false, false), skillWeight(false, true), skillWeight(true, false), skillWeight(true, true)]).toEqual([1, 2, 3, 4]);
  });
  it('credits held/needed in sixths, capped at full credit', () => {
    expect(levelCreditInSixths('working', 'strong')).toBe(4);
    expect(levelCreditInSixths('basic', 'working')).toBe(3);
    expect(levelCreditInSixths('strong', 'basic')).toBe(6);
    expect(levelCreditInSixths(undefined, 'basic')).toBe(0);
  });
});

describe('rankRolesBySkills', () => {
  const held = [
    { skill: 'communication', level: 'working' as const },
    { skill: 'empathy', level: 'strong' as const },
  ];

  it('ranks every role by its hand-worked score', () => {
    // agent: communication 4×4 + empathy 1×6 (capped) + time management 0 = 22 of 42 → 52
    // lead: leadership 0 + communication 2×6 = 12 of 30 → 40; clerk: 0 of 24 → 0
    const ranking = rankRolesBySkills(held, roles, skills);
    expect(ranking.map((m) => [m.slug, m.score, m.earned, m.possible])).toEqual([
      ['agent', 52, 22, 42],
      ['lead', 40, 12, 30],
      ['clerk', 0, 0, 24],
    ]);
  });

  it('explains each score with the per-skill points that add up to it', () => {
    const [agentMatch] = rankRolesBySkills(held, [agent], skills);
    expect(agentMatch?.contributions.map((c) => [c.skill, c.held, c.needed, c.earned, c.possible])).toEqual([
      ['communication', 'working', 'strong', 16, 24],
      ['empathy', 'strong', 'working', 6, 6],
      ['time-management', undefined, 'working', 0, 12],
    ]);
    expect(agentMatch?.contributions.reduce((sum, c) => sum + c.earned, 0)).toBe(agentMatch?.earned);
    expect(agentMatch?.matched.map((c) => c.skill)).toEqual(['communication', 'empathy']);
    expect(agentMatch?.missing.map((c) => c.skill)).toEqual(['time-management']);
  });

  it('gives 100 only when every need is met, and never rounds up', () => {
    expect(rankRolesBySkills([{ skill: 'time-management', level: 'working' }], [clerk], skills)[0]?.score).toBe(100);
    // 2 of 3 thirds on the only skill: 66.67 is shown as 66
    expect(rankRolesBySkills([{ skill: 'leadership', level: 'working' }], [{ ...clerk, skills: [{ skill: 'leadership', level: 'strong', key: false }] }], skills)[0]?.score).toBe(66);
  });

  it('breaks ties by level (entry first), then by title', () => {
    const tied: MatchRole[] = [
      { slug: 'b-mid', title: 'Alpha mid', level: 'mid', skills: [{ skill: 'empathy', level: 'basic', key: false }] },
      { slug: 'z-entry', title: 'Zulu entry', level: 'entry', skills: [{ skill: 'empathy', level: 'basic', key: false }] },
      { slug: 'a-entry', title: 'Bravo entry', level: 'entry', skills: [{ skill: 'empathy', level: 'basic', key: false }] },
    ];
    expect(rankRolesBySkills([], tied, skills).map((m) => m.slug)).toEqual(['a-entry', 'z-entry', 'b-mid']);
  });

  it('counts a skill listed twice at its higher level', () => {
    const twice = [
      { skill: 'communication', level: 'basic' as const },
      { skill: 'communication', level: 'strong' as const },
    ];
    expect(rankRolesBySkills(twice, [lead], skills)[0]?.earned).toBe(12);
  });
});

describe('nextSkillsToLearn', () => {
  it('ranks missing skills by how many more roles they make a strong match', () => {
    const held = [
      { skill: 'communication', level: 'working' as const },
      { skill: 'empathy', level: 'strong' as const },
    ];
    // time management at working: agent 34/42 → 80, clerk 24/24 → 100 (both under 70 before)
    // leadership at working: lead (12 + 3×4)/30 → 80
    expect(nextSkillsToLearn(held, roles, skills, 70).map((n) => [n.skill, n.newStrongMatches.map((r) => `${r.slug}:${r.score}`)])).toEqual([
      ['time-management', ['clerk:100', 'agent:80']],
      ['leadership', ['lead:80']],
    ]);
  });

  it('when no skill brings a role over the line, ranks by how many roles each would raise', () => {
    // Holding time management: communication raises agent (28 → 66) and lead (0 → 40); empathy
    // raises agent only, leadership lead only; none reaches 90. Time management itself is held.
    const next = nextSkillsToLearn([{ skill: 'time-management', level: 'strong' }], roles, skills, 90);
    expect(next.map((n) => [n.skill, n.newStrongMatches.length, n.rolesRaised])).toEqual([
      ['communication', 0, 2],
      ['empathy', 0, 1],
      ['leadership', 0, 1],
    ]);
    expect(next[0]?.biggestRise).toEqual({ slug: 'lead', title: 'Lead', from: 0, to: 40 });
  });
});

describe('bestEntryRoute', () => {
  const routes: Record<string, string[]> = { 'agent>lead': ['agent', 'lead'], 'clerk>lead': ['clerk', 'agent', 'lead'] };
  const shortest = (from: string, to: string) => routes[`${from}>${to}`];

  it('starts from the best-matching entry role that leads to the target', () => {
    const ranking = rankRolesBySkills([{ skill: 'time-management', level: 'strong' }], roles, skills);
    // clerk scores 100 and agent 28, so the route starts at clerk even though it is longer
    expect(bestEntryRoute(ranking, 'lead', shortest)).toMatchObject({ start: { slug: 'clerk' }, route: ['clerk', 'agent', 'lead'] });
  });

  it('prefers the shorter route when entry roles score the same', () => {
    expect(bestEntryRoute(rankRolesBySkills([], roles, skills), 'lead', shortest)?.route).toEqual(['agent', 'lead']);
  });

  it('treats an entry-level target as its own start, and gives nothing when no route exists', () => {
    const ranking = rankRolesBySkills([], roles, skills);
    expect(bestEntryRoute(ranking, 'clerk', shortest)?.route).toEqual(['clerk']);
    expect(bestEntryRoute(ranking, 'lead', () => undefined)).toBeUndefined();
  });
});
