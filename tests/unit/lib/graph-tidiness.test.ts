import { describe, expect, it } from 'vitest';
import { countEdgeCrossings, countEdgesThroughNodes } from '@/lib/graph-tidiness';

const box = (slug: string, x: number, y: number) => ({ slug, x, y, width: 10, height: 10 });
const line = (from: string, to: string, ...points: [number, number][]) => ({ from, to, points: points.map(([x, y]) => ({ x, y })) });

describe('countEdgeCrossings', () => {
  it('counts an X once, and a line that crosses another twice as two', () => {
    expect(countEdgeCrossings({ nodes: [], edges: [line('a', 'b', [0, 0], [10, 10]), line('c', 'd', [0, 10], [10, 0])] })).toBe(1);
    // A vertical line, and a U-shaped line that goes through it and comes back.
    const u = line('c', 'd', [0, 2], [10, 2], [10, 8], [0, 8]);
    expect(countEdgeCrossings({ nodes: [], edges: [line('a', 'b', [5, 0], [5, 10]), u] })).toBe(2);
  });
  it('does not count lines that share an end, touch, or run along each other', () => {
    const shareStart = [line('a', 'b', [0, 0], [10, 0]), line('a', 'c', [0, 0], [10, 10])];
    const touch = [line('a', 'b', [0, 0], [10, 0]), line('c', 'd', [5, 0], [5, 10])];
    const alongside = [line('a', 'b', [0, 0], [10, 0]), line('c', 'd', [5, 0], [20, 0])];
    for (const edges of [shareStart, touch, alongside]) expect(countEdgeCrossings({ nodes: [], edges })).toBe(0);
  });
});

describe('countEdgesThroughNodes', () => {
  const nodes = [box('a', 0, 0), box('b', 40, 0), box('c', 20, 0)];
  it('finds a line running under a box it does not start or end at', () => {
    expect(countEdgesThroughNodes({ nodes, edges: [line('a', 'b', [10, 5], [40, 5])] })).toEqual({ count: 1, pairs: ['a>b under c'] });
  });
  it('ignores the line’s own boxes and a line that only grazes a border', () => {
    expect(countEdgesThroughNodes({ nodes, edges: [line('a', 'c', [10, 5], [20, 5])] }).count).toBe(0);
    expect(countEdgesThroughNodes({ nodes, edges: [line('a', 'b', [10, 0], [40, 0])] }).count).toBe(0);
    expect(countEdgesThroughNodes({ nodes, edges: [line('a', 'b', [5, 10], [5, 30], [45, 30], [45, 10])] }).count).toBe(0);
  });
});
