import type { Advice, MoveKind, Provenance, Role, SkillLevel } from './content/schemas';
import { holdBestLevel, skillLevelValue } from './content/enums';
import { breadthFirst, buildRoleGraph, type GrowthGraph, routeTo } from './graph';

/** A route as the roles it passes through, start and goal included. */
export type Route = string[];

/**
 * Fewest-moves route from `from` to `to` (lib/graph.ts's breadth-first search), or undefined when
 * there is none. Ties go to the first growth option listed in the content, so results are stable.
 * `blockedNodes` and `blockedEdges` ("from>to") let Yen's algorithm search around earlier routes.
 */
export function shortestRoute(
  graph: GrowthGraph,
  from: string,
  to: string,
  blockedNodes: ReadonlySet<string> = new Set(),
  blockedEdges: ReadonlySet<string> = new Set(),
): Route | undefined {
  if (!graph.outgoing.has(from) || !graph.outgoing.has(to) || blockedNodes.has(from)) return undefined;
  if (from === to) return [from];
  const visits = breadthFirst(graph, [from], { skip: (current, next) => blockedNodes.has(next) || blockedEdges.has(`${current}>${next}`), stopAt: to });
  return visits.has(to) ? routeTo(visits, to) : undefined;
}

/**
 * Up to `k` loop-free routes from `from` to `to`, fewest moves first (Yen's algorithm).
 * Routes of equal length keep a stable order: the order their moves appear in the content.
 */
export function kShortestRoutes(graph: GrowthGraph, from: string, to: string, k: number): Route[] {
  const first = shortestRoute(graph, from, to);
  if (!first || k < 1 || from === to) return first && k >= 1 ? [first] : [];
  const found: Route[] = [first];
  const candidates: Route[] = [];
  const key = (route: Route) => route.join('>');
  const known = new Set([key(first)]);

  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const spurNode = last[i]!;
      const rootPath = last.slice(0, i + 1);
      // Forbid the next move of every found route sharing this root, so the spur differs from each.
      const blockedEdges = new Set<string>();
      for (const route of found) {
        if (route.length > i + 1 && key(route.slice(0, i + 1)) === key(rootPath)) blockedEdges.add(`${route[i]}>${route[i + 1]}`);
      }
      // Root nodes (other than the spur) are off limits, which keeps every route loop-free.
      const blockedNodes = new Set(rootPath.slice(0, -1));
      const spur = shortestRoute(graph, spurNode, to, blockedNodes, blockedEdges);
      if (!spur) continue;
      const candidate = [...rootPath.slice(0, -1), ...spur];
      if (known.has(key(candidate))) continue;
      known.add(key(candidate));
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    // Stable sort: equal lengths keep discovery order.
    candidates.sort((a, b) => a.length - b.length);
    found.push(candidates.shift()!);
  }
  return found;
}

export interface SkillToGain {
  skill: string;
  /** Level the next role needs. */
  level: SkillLevel;
  /** Best level held so far along the route, when the skill is held at all. */
  held?: SkillLevel;
}

/**
 * For each move of a route, the skills the next role needs that the person does not yet hold at
 * that level, counting every skill gained in the roles already passed (the best level wins).
 * The first entry is for the move out of route[0]; a route of one role gives no moves.
 * `alreadyHeld` adds skills the person holds on their own (a skill match), counted from the start.
 */
export function skillsToGainAlongRoute(
  roles: readonly { slug: string; skills: readonly { skill: string; level: SkillLevel }[] }[],
  route: Route,
  alreadyHeld: readonly { skill: string; level: SkillLevel }[] = [],
): SkillToGain[][] {
  const bySlug = new Map(roles.map((role) => [role.slug, role]));
  const held = new Map<string, SkillLevel>();
  const hold = (skills: readonly { skill: string; level: SkillLevel }[] = []) => {
    for (const { skill, level } of skills) holdBestLevel(held, skill, level);
  };
  hold(alreadyHeld);
  hold(bySlug.get(route[0] ?? '')?.skills);
  const perMove: SkillToGain[][] = [];
  for (const slug of route.slice(1)) {
    const role = bySlug.get(slug);
    const gains: SkillToGain[] = [];
    for (const { skill, level } of role?.skills ?? []) {
      const current = held.get(skill);
      if (current !== undefined && skillLevelValue(current) >= skillLevelValue(level)) continue;
      gains.push(current === undefined ? { skill, level } : { skill, level, held: current });
    }
    perMove.push(gains);
    hold(role?.skills);
  }
  return perMove;
}

export interface RouteStep {
  from: string;
  to: string;
  kind: MoveKind;
  /** What the move takes, from the content. */
  takes: string;
  /** Whether the article makes this move (with its words) or this guide suggests it (with the reason). */
  source: Provenance | undefined;
  skillsToGain: SkillToGain[];
  /** Certification slugs of the role moved into. */
  certifications: string[];
  /** Slugs of the leadership advice that applies to this kind of move. */
  advice: string[];
}

export interface PlannedRoute {
  roles: Route;
  steps: RouteStep[];
}

export interface RoutePlan {
  /** Shortest first, then up to two alternatives. */
  routes: PlannedRoute[];
  notices: string[];
}

/** Most routes a plan offers: the shortest and up to two alternatives. */
export const maxRoutes = 3;

/** Routes from one role to another with what each move takes; notices explain an empty plan. */
export function planRoute(
  content: { roles: readonly Role[]; advice: readonly Pick<Advice, 'slug' | 'appliesTo'>[] },
  from: string,
  to: string,
  routeCount = maxRoutes,
): RoutePlan {
  const bySlug = new Map(content.roles.map((role) => [role.slug, role]));
  const fromRole = bySlug.get(from);
  const toRole = bySlug.get(to);
  const unknown = [fromRole ? undefined : from, toRole ? undefined : to].filter((s) => s !== undefined);
  if (!fromRole || !toRole) return { routes: [], notices: unknown.map((slug) => `There is no role called “${slug}”.`) };
  if (from === to) {
    return { routes: [], notices: [`You are already a ${fromRole.title}: pick a different goal to plan a route.`] };
  }
  const graph = buildRoleGraph(content.roles);
  const routes = kShortestRoutes(graph, from, to, routeCount);
  if (routes.length === 0) {
    return { routes: [], notices: [`There is no route from ${fromRole.title} to ${toRole.title} in the growth paths we know of.`] };
  }
  return {
    routes: routes.map((route) => {
      const gains = skillsToGainAlongRoute(content.roles, route);
      const steps = route.slice(1).map((slug, i): RouteStep => {
        const previous = bySlug.get(route[i]!)!;
        const next = bySlug.get(slug)!;
        const move = previous.growth.find((g) => g.to === slug)!;
        return {
          from: previous.slug,
          to: slug,
          kind: move.kind,
          takes: move.takes,
          source: move.source,
          skillsToGain: gains[i] ?? [],
          certifications: next.certifications,
          advice: content.advice.filter((a) => a.appliesTo.includes(move.kind)).map((a) => a.slug),
        };
      });
      return { roles: route, steps };
    }),
    notices: [],
  };
}
