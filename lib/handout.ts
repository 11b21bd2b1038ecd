import type { MoveKind, SkillLevel } from './content/schemas';
import type { CvLine } from './cv-lines';
import type { ApplyOption, GrowOption, NextSkill, RoleMatch } from './match';
import type { MatchPageData } from './match-data';
import type { MatchView } from './match-view';
import { skillsToGainAlongRoute } from './paths';

// The counselor's printed plan for a skill match: the page's own view of the match
// (lib/match-view.ts), cut to what fits on two sheets of paper, with the route to the goal worked
// out step by step.

/** Apply-now roles on paper; the page lists the rest. */
export const handoutApplyNowShown = 5;
/** Grow-into roles on paper when no goal is set. */
const handoutGrowIntoShown = 3;

export interface PrintedRouteStep {
  slug: string;
  title: string;
  kind: MoveKind;
  takes: string;
  /** True when the move is this guide's suggestion, not the article's. */
  suggested?: true | undefined;
  /** Skills the role needs beyond what the person holds and the roles before it on the route. */
  skillsToGain: { skill: string; name: string; level: SkillLevel; held?: SkillLevel }[];
  /** Names of the metrics the role is judged on (glossary short forms where there are some). */
  metrics: string[];
}

export interface MatchPlan {
  held: { skill: string; name: string; level: SkillLevel }[];
  /** Titles of the past jobs whose skills were counted. */
  backgrounds: string[];
  current: RoleMatch | undefined;
  applyNow: ApplyOption[];
  /** Grow-into roles shown when there is no goal. */
  growInto: GrowOption[];
  goal:
    | { match: RoleMatch; place: 'current' | 'apply-now' }
    | { match: GrowOption; place: 'grow-into'; start: string | undefined; steps: PrintedRouteStep[] }
    | undefined;
  nextSkill: NextSkill | undefined;
  cvLines: CvLine[];
}

/** The handout's plan from the page's own view (lib/match-view.ts): nothing is worked out twice. */
export function matchPlan(data: MatchPageData, view: MatchView): MatchPlan {
  const { advice, target } = view;
  const nameOf = (skill: string) => data.skills.find((s) => s.slug === skill)?.name ?? skill;
  const roleOf = (slug: string) => data.roles.find((r) => r.slug === slug);
  let goal: MatchPlan['goal'];
  if (target?.place.kind === 'current') goal = { match: target.match, place: 'current' };
  else if (target?.place.kind === 'apply-now') goal = { match: target.match, place: 'apply-now' };
  else if (target?.place.kind === 'grow') {
    // The same route the page's gap spells out, so paper and screen agree.
    const route = target.steps.map((stop) => stop.slug);
    const gains = skillsToGainAlongRoute(data.roles, route, advice.held);
    const steps = target.steps.slice(1).map(
      (stop, i): PrintedRouteStep => ({
        slug: stop.slug,
        title: stop.title,
        kind: roleOf(route[i]!)?.growth.find((g) => g.to === stop.slug)?.kind ?? 'promotion',
        takes: stop.takes ?? '',
        ...(stop.suggested ? { suggested: true as const } : {}),
        skillsToGain: (gains[i] ?? []).map((g) => ({ ...g, name: nameOf(g.skill) })),
        metrics: roleOf(stop.slug)?.metrics ?? [],
      }),
    );
    goal = { match: target.place.option, place: 'grow-into', start: target.steps[0]?.title, steps };
  }
  return {
    held: advice.held.map(({ skill, level }) => ({ skill, name: nameOf(skill), level })),
    backgrounds: advice.backgrounds.map((slug) => data.backgrounds.find((b) => b.slug === slug)?.title ?? slug),
    current: advice.current,
    applyNow: advice.applyNow.slice(0, handoutApplyNowShown),
    growInto: goal ? [] : advice.growInto.slice(0, handoutGrowIntoShown),
    goal,
    nextSkill: view.nextSkills[0],
    cvLines: view.cvLines,
  };
}
