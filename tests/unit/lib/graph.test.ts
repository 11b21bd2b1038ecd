import { describe, expect, it } from 'vitest';
import { buildRoleGraph, growthTargets, incomingRoles, reachableByDistance } from '@/lib/graph';

const role = (slug: string, ...to: string[]) => ({ slug, growth: to.map((t) => ({ to: t, kind: 'promotion' as const, takes: 'x' })) });

describe('role graph', () => {
  const graph = buildRoleGraph([role('a', 'b', 'c'), role('b', 'd'), role('c', 'd', 'a'), role('d'), role('lonely'), role('e', 'missing', 'e')]);

  it('lists out and in neighbours', () => {
    expect(growthTargets(graph, 'a')).toEqual(['b', 'c']);
    expect(incomingRoles(graph, 'd')).toEqual(['b', 'c']);
    expect(incomingRoles(graph, 'a')).toEqual(['c']);
  });
  it('drops dangling edges and self-loops', () => {
    expect(growthTargets(graph, 'e')).toEqual([]);
    expect(graph.edges).toHaveLength(5);
  });
  it('finds reachable roles by distance, through a cycle, without the start', () => {
    expect(reachableByDistance(graph, 'a')).toEqual([
      { slug: 'b', distance: 1 },
      { slug: 'c', distance: 1 },
      { slug: 'd', distance: 2 },
    ]);
  });
  it('gives nothing for a role with no growth edges or an unknown role', () => {
    expect(reachableByDistance(graph, 'lonely')).toEqual([]);
    expect(reachableByDistance(graph, 'nope')).toEqual([]);
  });
});
