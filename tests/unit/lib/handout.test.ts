import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { handoutApplyNowShown, matchPlan } from '@/lib/handout';
import { buildRoleGraph } from '@/lib/graph';
import { matchPageData } from '@/lib/match-data';
import { matchView } from '@/lib/match-view';
import type { MatchState } from '@/lib/params/match';

const content = getContent();
const data = matchPageData(content);
const graph = buildRoleGraph(data.roles);
/** The handout's plan, from the view the page draws it from. */
const planFor = (state: MatchState) => matchPlan(data, matchView(state, data, graph));
const newcomer: MatchState = {
  skills: [
    { skill: 'communication', level: 'strong' },
    { skill: 'empathy', level: 'working' },
  ],
  tasks: [],
  from: undefined,
  target: 'team-leader',
};

describe('the printed match plan', () => {
  const plan = planFor(newcomer);

  it('lists, on paper, a few entry roles a newcomer can apply for, the front-line role first', () => {
    // Someone new to BPO holds no role yet, so every role they can apply for now is an entry role.
    const levelOf = (slug: string) => content.roles.find((r) => r.slug === slug)?.level;
    expect(plan.applyNow.length).toBeGreaterThan(0);
    expect(plan.applyNow.length).toBeLessThanOrEqual(handoutApplyNowShown);
    expect(plan.applyNow.map((m) => levelOf(m.slug))).toEqual(plan.applyNow.map(() => 'entry'));
    expect(new Set(plan.applyNow.map((m) => m.slug)).size).toBe(plan.applyNow.length);
    expect(plan.applyNow[0]?.slug).toBe('customer-service-representative');
  });

  it('walks the route to the goal step by step, with what each step takes and the metrics it is judged on', () => {
    expect(plan.goal?.place).toBe('grow-into');
    if (plan.goal?.place !== 'grow-into') return;
    const steps = plan.goal.steps;
    expect(steps.at(-1)?.slug).toBe('team-leader');
    // The same route the page's gap spells out.
    const gap = matchView(newcomer, data, graph).target;
    expect([plan.goal.start, ...steps.map((s) => s.title)]).toEqual(gap?.steps.map((s) => s.title));
    for (const step of steps) expect(step.takes.length).toBeGreaterThan(3);
    const teamLeader = content.roles.find((r) => r.slug === 'team-leader')!;
    expect(steps.at(-1)?.metrics.length).toBe(teamLeader.metrics.length);
    // Communication is held at strong, the top level: no step asks the person to gain it.
    expect(steps.flatMap((s) => s.skillsToGain.map((g) => g.skill))).not.toContain('communication');
  });

  it('says which skills were counted, names a next skill and, with no work behind them, how to show each skill', () => {
    expect(plan.held.map((h) => h.skill)).toEqual(['communication', 'empathy']);
    expect(plan.nextSkill).toBeDefined();
    expect(plan.cvLines.map((line) => line.kind)).toEqual(['show-skill', 'show-skill']);
  });

  it('has nothing to print before any skill is picked', () => {
    const empty = planFor({ skills: [], tasks: [], from: undefined, target: undefined });
    expect(empty.held).toEqual([]);
    expect(empty.nextSkill).toBeUndefined();
  });
});

describe('the printed plan from a past job', () => {
  it('says which past job the skills come from, and keeps the entry point marked on paper', () => {
    const plan = planFor({ skills: [], tasks: [], from: undefined, target: undefined, backgrounds: ['retail-supervisor'] });
    expect(plan.backgrounds).toEqual(['Retail supervisor']);
    expect(plan.applyNow.find((m) => m.slug === 'team-leader')?.entryPoint?.background).toBe('retail-supervisor');
  });
});
