import type { Content, MoveKind, SkillLevel } from './content/schemas';
import { findRole, findSkill, findTerm } from './content/lookups';
import { adviseMatch, nextSkillsToLearn, type ApplyOption, type GrowOption, type NextSkill, type RoleMatch } from './match';
import { matchPageData } from './match-data';
import type { MatchState } from './params/match';
import { skillsToGainAlongRoute } from './paths';

// The counselor's printed plan for a skill match: the same advice as /match (lib/match.ts), cut to
// what fits on two sheets of paper, with the route to the goal worked out step by step.

/** Apply-now roles on paper; the page lists the rest. */
export const handoutApplyNowShown = 5;
/** Grow-into roles on paper when no goal is set. */
export const handoutGrowIntoShown = 3;

export interface PlanStep {
  slug: string;
  title: string;
  kind: MoveKind;
  takes: string;
  /** Skills the role needs beyond what the person holds and the roles before it on the route. */
  skillsToGain: { skill: string; name: string; level: SkillLevel; held?: SkillLevel }[];
  /** Names of the metrics the role is judged on (glossary short forms where there are some). */
  metrics: string[];
}

export interface MatchPlan {
  held: { skill: string; name: string; level: SkillLevel }[];
  current: RoleMatch | undefined;
  applyNow: ApplyOption[];
  /** Grow-into roles shown when there is no goal. */
  growInto: GrowOption[];
  goal:
    | { match: RoleMatch; place: 'current' | 'apply-now' }
    | { match: GrowOption; place: 'grow-into'; steps: PlanStep[] }
    | undefined;
  nextSkill: NextSkill | undefined;
  cvLines: { skill: string; text: string }[];
}

export function matchPlan(content: Content, state: MatchState): MatchPlan {
  const data = matchPageData(content);
  const advice = adviseMatch(state, data);
  const nameOf = (skill: string) => findSkill(content, skill)?.name ?? skill;
  const { target } = state;
  const applying = advice.applyNow.find((m) => m.slug === target);
  const growing = advice.growInto.find((m) => m.slug === target);
  let goal: MatchPlan['goal'];
  if (target && advice.current?.slug === target) goal = { match: advice.current, place: 'current' };
  else if (applying) goal = { match: applying, place: 'apply-now' };
  else if (growing) {
    const gains = skillsToGainAlongRoute(content.roles, growing.route, advice.held);
    const steps = growing.route.slice(1).map((slug, i): PlanStep => {
      const role = findRole(content, slug);
      const move = findRole(content, growing.route[i]!)?.growth.find((g) => g.to === slug);
      return {
        slug,
        title: role?.title ?? slug,
        kind: move?.kind ?? 'promotion',
        takes: move?.takes ?? '',
        skillsToGain: (gains[i] ?? []).map((g) => ({ ...g, name: nameOf(g.skill) })),
        metrics: (role?.metrics ?? []).map((m) => findTerm(content, m)?.abbreviation ?? findTerm(content, m)?.term ?? m),
      };
    });
    goal = { match: growing, place: 'grow-into', steps };
  }
  return {
    held: advice.held.map(({ skill, level }) => ({ skill, name: nameOf(skill), level })),
    current: advice.current,
    applyNow: advice.applyNow.slice(0, handoutApplyNowShown),
    growInto: goal ? [] : advice.growInto.slice(0, handoutGrowIntoShown),
    goal,
    nextSkill: advice.held.length ? nextSkillsToLearn(advice, data)[0] : undefined,
    cvLines: advice.held.flatMap(({ skill }) => {
      const found = findSkill(content, skill);
      return found ? [{ skill, text: found.cvLine }] : [];
    }),
  };
}
