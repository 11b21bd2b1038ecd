import type { MoveKind, Role } from './content/schemas';
import { alphabetical } from './alphabetical';

export interface GrowthEdge {
  from: string;
  to: string;
  kind: MoveKind;
}

/** The growth graph: roles as nodes, growth moves as directed edges. */
export interface GrowthGraph {
  nodes: string[];
  edges: GrowthEdge[];
  outgoing: ReadonlyMap<string, string[]>;
  incoming: ReadonlyMap<string, string[]>;
}

/** Only each move's target and kind matter here, so slim copies (such as the browser's) qualify too. */
export type GrowthGraphRole = { slug: string; growth: readonly Pick<Role['growth'][number], 'to' | 'kind'>[] };

export function buildRoleGraph(roles: readonly GrowthGraphRole[]): GrowthGraph {
  const nodes = roles.map((r) => r.slug);
  const known = new Set(nodes);
  const outgoing = new Map<string, string[]>(nodes.map((n) => [n, []]));
  const incoming = new Map<string, string[]>(nodes.map((n) => [n, []]));
  const edges: GrowthEdge[] = [];
  for (const role of roles) {
    for (const move of role.growth) {
      // Validation reports dangling edges; the graph simply leaves them out.
      if (!known.has(move.to) || move.to === role.slug) continue;
      edges.push({ from: role.slug, to: move.to, kind: move.kind });
      outgoing.get(role.slug)?.push(move.to);
      incoming.get(move.to)?.push(role.slug);
    }
  }
  return { nodes, edges, outgoing, incoming };
}

export function growthTargets(graph: GrowthGraph, slug: string): string[] {
  return graph.outgoing.get(slug) ?? [];
}

export function incomingRoles(graph: GrowthGraph, slug: string): string[] {
  return graph.incoming.get(slug) ?? [];
}

/** How the search reached a role: in how many moves, from which start, through which role. */
export interface Visit {
  moves: number;
  start: string;
  /** The role before this one on the route; undefined at a start. */
  previous: string | undefined;
}

/**
 * Breadth-first search over the growth graph, the one every route comes from: fewest moves from any
 * of `starts` (unknown ones are skipped) to every role it reaches, with the role before each, in one
 * pass. Ties go to the growth option listed first in the content, so routes are stable and /paths,
 * the match and role pages agree. `skip` leaves moves out (Yen's algorithm searches around earlier
 * routes); the search ends as soon as it reaches `stopAt`.
 */
export function breadthFirst(
  graph: GrowthGraph,
  starts: readonly string[],
  { skip, stopAt }: { skip?: (from: string, to: string) => boolean; stopAt?: string } = {},
): Map<string, Visit> {
  const visits = new Map<string, Visit>();
  const queue: string[] = [];
  for (const start of starts) {
    if (visits.has(start) || !graph.outgoing.has(start)) continue;
    visits.set(start, { moves: 0, start, previous: undefined });
    queue.push(start);
  }
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    const { moves, start } = visits.get(current)!;
    for (const next of growthTargets(graph, current)) {
      if (visits.has(next) || skip?.(current, next)) continue;
      visits.set(next, { moves: moves + 1, start, previous: current });
      if (next === stopAt) return visits;
      queue.push(next);
    }
  }
  return visits;
}

/** The route the search found to `slug`, its start first; just `[slug]` when the search never reached it. */
export function routeTo(visits: ReadonlyMap<string, Visit>, slug: string): string[] {
  const route: string[] = [];
  for (let at: string | undefined = slug; at !== undefined; at = visits.get(at)?.previous) route.push(at);
  return route.reverse();
}

/** Every role reachable from `from` (itself excluded) with its distance in moves, nearest first. */
export function reachableByDistance(graph: GrowthGraph, from: string): { slug: string; distance: number }[] {
  return [...breadthFirst(graph, [from])]
    .filter(([slug]) => slug !== from)
    .map(([slug, { moves }]) => ({ slug, distance: moves }))
    .sort((a, b) => a.distance - b.distance || alphabetical(a.slug, b.slug));
}
