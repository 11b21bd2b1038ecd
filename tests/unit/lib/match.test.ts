import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { buildRoleGraph } from '@/lib/graph';
import { shortestRoute } from '@/lib/paths';
import {
  adviseMatch,
  combineScore,
  heldSkillsFor,
  levelCreditInSixths,
  nextSkillsToLearn,
  plannedRoute,
  rankRolesBySkills,
  skillWeight,
  type AdviceRole,
  type MatchData,
  type MatchSkill,
} from '@/lib/match';
import { matchPageData } from '@/lib/match-data';

// Hand-worked fixture: two core skills (communication, time management), two role-specific ones.
const skills: MatchSkill[] = [
  { slug: 'communication', name: 'Communication', kind: 'core' },
  { slug: 'time-management', name: 'Time management', kind: 'core' },
  { slug: 'empathy', name: 'Empathy', kind: 'role-specific' },
  { slug: 'leadership', name: 'Leadership', kind: 'role-specific' },
];
const agent: AdviceRole = {
  slug: 'agent',
  title: 'Agent',
  level: 'entry',
  skills: [
    { skill: 'communication', level: 'strong', key: true, defining: true }, // weight 4, the defining half
    { skill: 'empathy', level: 'working', key: false }, // weight 1
    { skill: 'time-management', level: 'working', key: false }, // weight 2
  ],
  growth: [{ to: 'lead', kind: 'promotion', takes: 'Leading a few colleagues' }],
};
const lead: AdviceRole = {
  slug: 'lead',
  title: 'Lead',
  level: 'mid',
  skills: [
    { skill: 'leadership', level: 'strong', key: true, defining: true }, // weight 3
    { skill: 'communication', level: 'working', key: false }, // weight 2
  ],
  growth: [{ to: 'head', kind: 'promotion', takes: 'Running the site' }],
};
const head: AdviceRole = {
  slug: 'head',
  title: 'Head',
  level: 'senior',
  skills: [{ skill: 'leadership', level: 'strong', key: true, defining: true }],
  growth: [],
};
const clerk: AdviceRole = {
  slug: 'clerk',
  title: 'Clerk',
  level: 'entry',
  skills: [{ skill: 'time-management', level: 'working', key: true, defining: true }],
  growth: [{ to: 'agent', kind: 'lateral', takes: 'Talking to customers' }],
};
const roles = [lead, clerk, agent, head];
const fixture: MatchData = { roles, skills, tasks: [{ id: 'agent.0', text: 'Answered calls', builds: ['communication'], role: 'agent', roles: ['agent'] }] };

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

  it('scores half on what the role is hired for and half on the rest, worked by hand', () => {
    // agent: defining communication 4×4 = 16 of 24; other: empathy 1×6 (capped) + time 0 = 6 of 18
    //   → 50 × 16/24 + 50 × 6/18 = 33.3 + 16.7 = 50
    // lead: defining leadership 0 of 18; other: communication 2×6 = 12 of 12 → 0 + 50 = 50, but
    //   its defining skill is missing, so it ranks after agent; clerk and head: 0
    const ranking = rankRolesBySkills(held, roles, skills);
    expect(ranking.map((m) => [m.slug, m.score, m.defining.earned, m.defining.possible, m.other.earned, m.other.possible])).toEqual([
      ['agent', 50, 16, 24, 6, 18],
      ['lead', 50, 0, 18, 12, 12],
      ['clerk', 0, 0, 24, 0, 0],
      ['head', 0, 0, 18, 0, 0],
    ]);
    expect(ranking[1]?.missingDefining.map((c) => c.skill)).toEqual(['leadership']);
  });

  it('explains each score with the per-skill points that add up to it', () => {
    const [agentMatch] = rankRolesBySkills(held, [agent], skills);
    expect(agentMatch?.contributions.map((c) => [c.skill, c.defining, c.held, c.needed, c.earned, c.possible])).toEqual([
      ['communication', true, 'working', 'strong', 16, 24],
      ['empathy', false, 'strong', 'working', 6, 6],
      ['time-management', false, undefined, 'working', 0, 12],
    ]);
    expect(agentMatch?.matched.map((c) => c.skill)).toEqual(['communication', 'empathy']);
    expect(agentMatch?.missing.map((c) => c.skill)).toEqual(['time-management']);
  });

  it('gives a short list no bonus: without what a role is hired for, holding all the rest is half marks and never strong', () => {
    // lead lists one other skill; holding it fully used to make lead a 40 against agent's 52 on
    // old whole-list scoring, and a role with no key skills could top the list. Now it is capped at 50.
    const [leadMatch] = rankRolesBySkills([{ skill: 'communication', level: 'strong' }], [lead], skills);
    expect(leadMatch).toMatchObject({ score: 50, strong: false });
    // The same person holds agent's defining skill in full: a strong match at a higher score.
    const [agentMatch] = rankRolesBySkills(
      [
        { skill: 'communication', level: 'strong' },
        { skill: 'time-management', level: 'working' },
      ],
      [agent],
      skills,
    );
    expect(agentMatch).toMatchObject({ score: 83, strong: true });
  });

  it('gives 100 only when every need is met, and never rounds up', () => {
    expect(rankRolesBySkills([{ skill: 'time-management', level: 'working' }], [clerk], skills)[0]?.score).toBe(100);
    // 2 of 3 thirds on the only skill: 66.67 is shown as 66
    expect(combineScore({ earned: 12, possible: 18 }, { earned: 0, possible: 0 })).toBe(66);
    expect(combineScore({ earned: 1, possible: 3 }, { earned: 1, possible: 3 })).toBe(33);
  });

  it('counts a skill listed twice at its higher level', () => {
    const twice = [
      { skill: 'communication', level: 'basic' as const },
      { skill: 'communication', level: 'strong' as const },
    ];
    expect(rankRolesBySkills(twice, [lead], skills)[0]?.other.earned).toBe(12);
  });
});

describe('adviseMatch on a tiny ladder: clerk → agent → lead → head', () => {
  it('a newcomer may apply for entry roles whose defining skills they have; the rest are to grow into, nearest first', () => {
    const advice = adviseMatch({ skills: [{ skill: 'communication', level: 'strong' }], tasks: [] }, fixture);
    expect(advice.applyNow.map((m) => m.slug)).toEqual(['agent']);
    // lead is one move from agent (their best start); head two; clerk is an entry role they do not qualify for yet.
    expect(advice.growInto.map((m) => [m.slug, m.route.join('>'), m.moves, m.tier])).toEqual([
      ['lead', 'agent>lead', 1, 0],
      ['head', 'agent>lead>head', 2, 0],
      ['clerk', 'clerk', 0, 2],
    ]);
    expect(advice.current).toBeUndefined();
  });

  it('the role a person has now is labelled, not ranked; they hold its skills, and apply now is best fit first', () => {
    const advice = adviseMatch({ skills: [{ skill: 'leadership', level: 'basic' }], tasks: [], from: 'agent' }, fixture);
    expect(advice.current?.slug).toBe('agent');
    expect(advice.experience).toEqual(['agent']);
    expect(advice.held.find((h) => h.skill === 'communication')).toEqual({
      skill: 'communication',
      level: 'strong',
      source: { kind: 'current-role', role: 'agent' },
    });
    // clerk: an agent holds its time management at the level it needs, 100, strong, on the same rung.
    // lead: leadership basic of strong 3×2 = 6 of 18, communication full: 50 × 6/18 + 50 = 66, one move up.
    expect(advice.applyNow.map((m) => [m.slug, m.score, m.strong, m.via?.kind])).toEqual([
      ['clerk', 100, true, undefined],
      ['lead', 66, false, 'promotion'],
    ]);
    expect([...advice.applyNow, ...advice.growInto].map((m) => m.slug)).not.toContain('agent');
  });

  it('a ticked duty builds skills but never makes a holder: it opens no promotion, and says the work was partly done', () => {
    const advice = adviseMatch({ skills: [{ skill: 'leadership', level: 'working' }], tasks: ['agent.0'] }, fixture);
    expect(advice.experience).toEqual([]);
    expect(advice.workDone).toEqual(['agent']);
    expect(advice.current).toBeUndefined();
    // The duty's communication (working, 16 of 24) is most of what agent is hired for: apply for agent, grow into lead.
    expect(advice.applyNow.map((m) => m.slug)).toEqual(['agent']);
    expect(advice.growInto[0]).toMatchObject({ slug: 'lead', route: ['agent', 'lead'], moves: 1 });
  });

  it('a promotion opens only with some of what the role is hired for; without it, it is the first role to grow into', () => {
    const advice = adviseMatch({ skills: [], tasks: [], from: 'agent' }, fixture);
    expect(advice.applyNow.map((m) => m.slug)).not.toContain('lead');
    expect(advice.growInto[0]).toMatchObject({ slug: 'lead', moves: 1, tier: 0, missingDefining: [{ skill: 'leadership' }] });
  });

  it('never offers a step down or a jump of two rungs, whatever the move and the skills', () => {
    const lead2 = adviseMatch({ skills: [{ skill: 'time-management', level: 'strong' }], tasks: [], from: 'lead' }, fixture);
    // clerk and agent are a rung below a lead: not to apply for, not to grow into.
    expect([...lead2.applyNow, ...lead2.growInto].map((m) => m.slug)).toEqual(['head']);
    expect(lead2.applyNow[0]).toMatchObject({ slug: 'head', via: { role: 'lead', kind: 'promotion' } });
    // A move in the data that skips rungs (content validation rejects it) still never opens the role.
    const agentToHead = { ...agent, growth: [...agent.growth, { to: 'head', kind: 'promotion' as const, takes: 'Running the site' }] };
    const advice = adviseMatch(
      { skills: [{ skill: 'leadership', level: 'strong' }], tasks: [], from: 'agent' },
      { ...fixture, roles: [lead, clerk, agentToHead, head] },
    );
    expect(advice.applyNow.map((m) => m.slug)).not.toContain('head');
    expect(advice.growInto.find((m) => m.slug === 'head')).toMatchObject({ moves: 1 });
  });

  it('grow into climbs from the best start before it goes sideways', () => {
    const newcomer = adviseMatch(
      {
        skills: [
          { skill: 'leadership', level: 'strong' },
          { skill: 'communication', level: 'strong' },
        ],
        tasks: [],
      },
      fixture,
    );
    expect(newcomer.growInto.map((m) => m.slug)).toEqual(['lead', 'head', 'clerk']);
  });
});

describe('heldSkillsFor', () => {
  it('adds task skills at a working level and the current role’s skills at its levels, keeping the best level', () => {
    expect(heldSkillsFor({ skills: [{ skill: 'communication', level: 'basic' }], tasks: ['agent.0'], from: 'clerk' }, fixture)).toEqual([
      { skill: 'communication', level: 'working', source: { kind: 'picked' } },
      { skill: 'time-management', level: 'working', source: { kind: 'current-role', role: 'clerk' } },
    ]);
  });
});

describe('nextSkillsToLearn', () => {
  it('counts only roles open now or one move away, and says which roles a skill opens or makes strong', () => {
    const advice = adviseMatch({ skills: [{ skill: 'communication', level: 'strong' }], tasks: [] }, fixture);
    const next = nextSkillsToLearn(advice, fixture);
    // Nearby: agent (open now) and lead (one move). head needs leadership too, but is two moves off.
    // time management: agent 50 + 50 × 12/18 → 83, strong. leadership (working): lead 50 × 12/18 + 50 → 83, strong.
    expect(next.map((n) => [n.skill, n.strong.map((r) => `${r.slug}:${r.score}`), n.opens.map((r) => r.slug)])).toEqual([
      ['leadership', ['lead:83'], []],
      ['time-management', ['agent:83'], []],
      ['empathy', [], []],
    ]);
  });

  it('names the role a missing defining skill would open to apply for', () => {
    // A specialization asks for its specialty, whatever the experience.
    const specialising = { ...agent, growth: [{ to: 'lead', kind: 'specialization' as const, takes: 'Learning to lead' }] };
    const data = { ...fixture, roles: [lead, clerk, specialising, head] };
    const advice = adviseMatch({ skills: [], tasks: [], from: 'agent' }, data);
    expect(advice.applyNow.map((m) => m.slug)).not.toContain('lead');
    expect(nextSkillsToLearn(advice, data)[0]).toMatchObject({ skill: 'leadership', opens: [{ slug: 'lead' }] });
  });
});

describe('the real content', () => {
  const data = matchPageData(getContent());
  const order = (skills: string) =>
    rankRolesBySkills(
      skills.split(',').map((entry) => {
        const [skill = '', level = 'working'] = entry.split(':');
        return { skill, level: level as 'working' };
      }),
      data.roles,
      data.skills,
    ).map((m) => m.slug);

  it('a healthcare pick ranks Medical Coder above Mortgage Processor, and a finance pick the reverse', () => {
    const healthcare = order('healthcare-knowledge:strong,attention-to-detail:strong,confidentiality:strong,empathy:strong');
    expect(healthcare.indexOf('medical-coder')).toBeLessThan(healthcare.indexOf('mortgage-processor'));
    const finance = order('finance-knowledge:strong,attention-to-detail:strong,confidentiality:strong,empathy:strong');
    expect(finance.indexOf('mortgage-processor')).toBeLessThan(finance.indexOf('medical-coder'));
  });

  it('strong communication and empathy: Customer Service Representative first to apply for, no beyond-BPO or executive role open', () => {
    const advice = adviseMatch(
      {
        skills: [
          { skill: 'communication', level: 'strong' },
          { skill: 'empathy', level: 'working' },
        ],
        tasks: [],
      },
      data,
    );
    expect(advice.applyNow[0]?.slug).toBe('customer-service-representative');
    const tracks = new Map(getContent().roles.map((r) => [r.slug, r.track]));
    expect(advice.applyNow.filter((m) => m.level === 'executive' || tracks.get(m.slug) === 'beyond-bpo')).toEqual([]);
  });
});

describe('plannedRoute', () => {
  it('spells out the same route /paths plans from the start the advice chose', () => {
    const data = matchPageData(getContent());
    const graph = buildRoleGraph(data.roles);
    const advice = adviseMatch(
      {
        skills: [
          { skill: 'communication', level: 'strong' },
          { skill: 'empathy', level: 'working' },
        ],
        tasks: [],
      },
      data,
      graph,
    );
    const ops = advice.growInto.find((m) => m.slug === 'operations-manager')!;
    expect(ops.route[0]).toBe('customer-service-representative');
    expect(plannedRoute(graph, ops)).toEqual(shortestRoute(graph, 'customer-service-representative', 'operations-manager'));
    expect(plannedRoute(graph, ops)).toHaveLength(ops.moves + 1);
  });
});
