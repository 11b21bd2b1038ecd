import type { MoveKind, Role } from './content/schemas';

export interface GrowthEdge {
  from: string;
  to: string;
  kind: MoveKind;
}

/** The growth graph: roles as nodes, growth moves as directed edges. */
export interface RoleGraph {
  nodes: string[];
  edges: GrowthEdge[];
  outgoing: ReadonlyMap<string, string[]>;
  incoming: ReadonlyMap<string, string[]>;
}

/** Only each move's target and kind matter here, so slim copies (such as the browser's) qualify too. */
export type GraphRole = { slug: string; growth: readonly Pick<Role['growth'][number], 'to' | 'kind'>[] };

export function buildRoleGraph(roles: readonly GraphRole[]): RoleGraph {
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

export function growthTargets(graph: RoleGraph, slug: string): string[] {
  return graph.outgoing.get(slug) ?? [];
}

export function incomingRoles(graph: RoleGraph, slug: string): string[] {
  return graph.incoming.get(slug) ?? [];
}

/** Every role reachable from `from` (itself excluded) with its distance in moves, nearest first. */
export function reachableByDistance(graph: RoleGraph, from: string): { slug: string; distance: number }[] {
  if (!graph.outgoing.has(from)) return [];
  const distance = new Map<string, number>([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    for (const next of growthTargets(graph, current)) {
      if (distance.has(next)) continue;
      distance.set(next, (distance.get(current) ?? 0) + 1);
      queue.push(next);
    }
  }
  distance.delete(from);
  return [...distance].map(([slug, d]) => ({ slug, distance: d })).sort((a, b) => a.distance - b.distance || a.slug.localeCompare(b.slug));
}
