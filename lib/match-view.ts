import type { Certification } from './content/schemas';
import { cvLines, cvWork, type CvLine } from './cv-lines';
import type { GrowthGraph } from './graph';
import { roleLevelRank } from './content/enums';
import {
  adviseMatch,
  nearbyRoles,
  nextSkillsToLearn,
  plannedRoute,
  rankRolesBySkills,
  type GrowOption,
  type MatchAdvice,
  type NextSkill,
  type RoleMatch,
} from './match';
import type { MatchPageData } from './match-data';
import type { MatchState } from './params/match';
import { skillsFromTasks } from './tasks';

// Everything the match page shows, worked out from its state: one pure function the page renders,
// so what it says can be tested without a browser.

/** A role on the route to the target, with what the move into it takes. */
export interface RouteStop {
  slug: string;
  title: string;
  /** What the move into this role takes, from the content; absent for the start. */
  takes?: string | undefined;
  /** True when the move into this role is this guide's suggestion, not the article's. */
  suggested?: true | undefined;
}

/** Where the target sits in the person's advice: the same reasoning as the two lists. */
export type TargetPlace =
  | { kind: 'current' }
  | { kind: 'apply-now'; takes: string | undefined }
  | { kind: 'grow'; option: GrowOption }
  /** Not on the person's way up: a rung below the role they hold, or no route of moves leads there. */
  | { kind: 'off-track'; reason: 'below' | 'no-route' };

export interface TargetView {
  match: RoleMatch;
  place: TargetPlace;
  steps: RouteStop[];
  certifications: Pick<Certification, 'slug' | 'name' | 'description'>[];
}

export interface MatchView {
  advice: MatchAdvice;
  nextSkills: NextSkill[];
  /** Each skill the ticked tasks built, with the tasks that built it. */
  taskSources: ReturnType<typeof skillsFromTasks>;
  /** Lines for a CV: work the person did, then how to show each skill no work shows (lib/cv-lines.ts). */
  cvLines: CvLine[];
  /** Up to three roles worth comparing: the first of the two lists. */
  top: string[];
  /** Roles the person could apply for now or reach in one move: what the next-skill advice counts. */
  nearby: RoleMatch[];
  target: TargetView | undefined;
  titleOf: (slug: string) => string;
  /** A route's roles as stops, each with whether the move into it is this guide's suggestion. */
  stopsOf: (route: readonly string[]) => RouteStop[];
}

export function matchView(state: MatchState, data: MatchPageData, graph: GrowthGraph): MatchView {
  const advice = adviseMatch(state, data, graph);
  const rolesBySlug = new Map(data.roles.map((r) => [r.slug, r]));
  const titleOf = (slug: string) => rolesBySlug.get(slug)?.title ?? slug;
  return {
    advice,
    nextSkills: advice.held.length ? nextSkillsToLearn(advice, data) : [],
    taskSources: skillsFromTasks(state.tasks, data.tasks),
    cvLines: cvLines(advice.held, cvWork(state, data.tasks), data.skills),
    top: [...advice.applyNow, ...advice.growInto].slice(0, 3).map((m) => m.slug),
    nearby: nearbyRoles(advice),
    target: state.target ? targetView(state.target, advice, data, graph, titleOf) : undefined,
    titleOf,
    stopsOf: (route) => routeStops(route, data, titleOf),
  };
}

/** Each role of a route with the move into it: what it takes and whether it is this guide's suggestion. */
export function routeStops(route: readonly string[], data: Pick<MatchPageData, 'roles'>, titleOf: (slug: string) => string): RouteStop[] {
  return route.map((slug, index) => {
    const move = index === 0 ? undefined : data.roles.find((r) => r.slug === route[index - 1])?.growth.find((g) => g.to === slug);
    return { slug, title: titleOf(slug), takes: move?.takes, suggested: move?.suggested };
  });
}

/** The gap to the chosen role, placed by the same advice as the lists. */
function targetView(target: string, advice: MatchAdvice, data: MatchPageData, graph: GrowthGraph, titleOf: (slug: string) => string): TargetView | undefined {
  const role = data.roles.find((r) => r.slug === target);
  const applying = advice.applyNow.find((m) => m.slug === target);
  const growing = advice.growInto.find((m) => m.slug === target);
  if (!role) return undefined;
  const match = (advice.current?.slug === target ? advice.current : (applying ?? growing)) ?? rankRolesBySkills(advice.held, [role], data.skills)[0]!;
  const moveFrom = (from: string | undefined, to: string) => data.roles.find((r) => r.slug === from)?.growth.find((g) => g.to === to);
  let place: TargetPlace;
  if (advice.current?.slug === target) place = { kind: 'current' };
  else if (applying) place = { kind: 'apply-now', takes: moveFrom(applying.via?.role, target)?.takes };
  else if (growing) place = { kind: 'grow', option: growing };
  else {
    const held = data.roles.find((r) => r.slug === advice.experience[0]);
    place = { kind: 'off-track', reason: held && roleLevelRank(role.level) < roleLevelRank(held.level) ? 'below' : 'no-route' };
  }
  const steps: RouteStop[] = place.kind === 'grow' ? routeStops(plannedRoute(graph, place.option), data, titleOf) : [];
  const certifications = role.certifications.flatMap((slug) => data.certifications.filter((c) => c.slug === slug));
  return { match, place, steps, certifications };
}

/**
 * One sentence for the page's live region, said after each change of picks:
 * "3 roles to apply for now; best fit: Customer Service Representative, 78; 12 to grow into."
 * "Best fit" is the first role on the list, the one the advice puts first.
 */
export function matchSummary(advice: Pick<MatchAdvice, 'held' | 'applyNow' | 'growInto'>): string {
  if (advice.held.length === 0) return 'No skills counted yet, so no roles to show.';
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const [first] = advice.applyNow;
  const [closest] = advice.growInto;
  const applying = first ? `${count(advice.applyNow.length, 'role')} to apply for now; best fit: ${first.title}, ${first.score}` : 'No role to apply for yet';
  const growing = advice.growInto.length
    ? `${count(advice.growInto.length, 'role')} to grow into${first || !closest ? '' : `; closest: ${closest.title}, ${closest.score}`}`
    : 'no role to grow into';
  return `${applying}; ${growing}.`;
}
