import { describe, expect, it } from 'vitest';
import { readRawContent } from '@/lib/content/load';
import { levels } from '@/lib/content/enums';
import { roleSchema, type Level, type Track } from '@/lib/content/schemas';
import { edgePath, wrapLabel } from '@/lib/graph-drawing';
import { layoutNeighbourhood, layoutRoleGraph, type GraphLayout } from '@/lib/graph-layout';
import { countEdgeCrossings, countEdgesThroughNodes } from '@/lib/graph-tidiness';

// The real roles, read without the rest of the content so unrelated content work cannot break these tests.
const realRoles = () => readRawContent().raw.roles.map((file) => roleSchema.parse(file.data));

const role = (slug: string, track: Track, level: Level, ...to: string[]) => ({
  slug,
  track,
  level,
  growth: to.map((t) => ({ to: t, kind: 'promotion' as const, takes: 'x' })),
});

function expectNoOverlaps(layout: GraphLayout) {
  for (const a of layout.nodes) {
    for (const b of layout.nodes) {
      if (a === b) continue;
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.slug} overlaps ${b.slug}`).toBe(true);
    }
  }
}

// ELK starts slowly and shares the CPU with everything else: room enough that only a hang fails.
const slowLayout = { timeout: 60_000 };

describe('layoutRoleGraph', slowLayout, () => {
  // A small ladder with a cycle (manager back to lead) and a role with no moves.
  const roles = [
    role('agent', 'front-office', 'entry', 'lead', 'analyst'),
    role('lead', 'leadership', 'mid', 'manager'),
    role('analyst', 'quality-and-training', 'mid', 'manager'),
    role('manager', 'leadership', 'senior', 'lead'),
    role('alone', 'beyond-bpo', 'senior'),
  ];
  const laidOut = layoutRoleGraph(roles);

  it('places every role once, inside the drawing, without overlaps', async () => {
    const layout = await laidOut;
    expect(layout.nodes.map((n) => n.slug).sort()).toEqual(['agent', 'alone', 'analyst', 'lead', 'manager']);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    expectNoOverlaps(layout);
  });
  it('puts levels in columns from entry on the left, and lists nodes in reading order (by column, then down)', async () => {
    const layout = await laidOut;
    const at = (slug: string) => layout.nodes.find((n) => n.slug === slug)!;
    expect(at('agent').x).toBeLessThan(at('lead').x);
    expect(at('lead').x).toBeLessThan(at('manager').x);
    expect(at('analyst').x + at('analyst').width).toBeLessThanOrEqual(at('manager').x);
    expect(layout.columns.map((c) => c.level)).toEqual(['entry', 'mid', 'senior']);
    const order = layout.nodes.map((n) => [n.x, n.y] as const);
    expect(order).toEqual([...order].sort((p, q) => p[0] - q[0] || p[1] - q[1]));
  });
  it('routes every edge, the cycle included, from the source box to the target box', async () => {
    const layout = await laidOut;
    expect(layout.edges).toHaveLength(5);
    const box = (slug: string) => layout.nodes.find((n) => n.slug === slug)!;
    const touches = (p: { x: number; y: number }, b: ReturnType<typeof box>) =>
      p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
    for (const edge of layout.edges) {
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      expect(touches(edge.points[0]!, box(edge.from)), `${edge.from}>${edge.to} starts at its source`).toBe(true);
      expect(touches(edge.points.at(-1)!, box(edge.to)), `${edge.from}>${edge.to} ends at its target`).toBe(true);
      // Orthogonal: every segment is horizontal or vertical.
      for (let i = 1; i < edge.points.length; i++) {
        const [p, q] = [edge.points[i - 1]!, edge.points[i]!];
        expect(p.x === q.x || p.y === q.y, `${edge.from}>${edge.to} segment ${i}`).toBe(true);
      }
    }
  });
});

describe('which lines the graph draws as this guide’s suggestion', slowLayout, () => {
  // The agent's move to lead is the article's; the one to analyst is this guide's, with its reason.
  const roles = [
    {
      ...role('agent', 'front-office', 'entry'),
      growth: [
        { to: 'lead', kind: 'promotion' as const, takes: 'x', source: { article: 'can move up to team leads' } },
        { to: 'analyst', kind: 'lateral' as const, takes: 'x', source: { editorial: 'Both roles listen to calls; this guide suggests it' } },
      ],
    },
    role('lead', 'leadership', 'mid'),
    role('analyst', 'quality-and-training', 'entry'),
  ];
  const suggested = (layout: GraphLayout) => layout.edges.filter((e) => e.suggested).map((e) => `${e.from}>${e.to}`);

  it('marks the editorial move and leaves the article’s move and a move without a source unmarked', async () => {
    expect(suggested(await layoutRoleGraph(roles))).toEqual(['agent>analyst']);
    expect(suggested(await layoutRoleGraph([role('agent', 'front-office', 'entry', 'lead'), role('lead', 'leadership', 'mid')]))).toEqual([]);
  });
  it('keeps the mark in the phone view of one role and its moves', async () => {
    expect(suggested(await layoutNeighbourhood(roles, 'agent'))).toEqual(['agent>analyst']);
  });
});

describe('the real growth graph', slowLayout, () => {
  const roles = realRoles();
  const laidOut = layoutRoleGraph(roles);

  it('puts every role inside its track lane and its level column', async () => {
    const layout = await laidOut;
    expect(layout.nodes).toHaveLength(roles.length);
    expectNoOverlaps(layout);
    for (const node of layout.nodes) {
      const lane = layout.lanes.find((l) => l.track === node.track)!;
      expect(node.y, `${node.slug} in the ${node.track} lane`).toBeGreaterThanOrEqual(lane.y);
      expect(node.y + node.height, `${node.slug} in the ${node.track} lane`).toBeLessThanOrEqual(lane.y + lane.height);
      const column = layout.columns.find((c) => c.level === node.level)!;
      expect(node.x, `${node.slug} in the ${node.level} column`).toBeGreaterThanOrEqual(column.x);
      expect(node.x + node.width, `${node.slug} in the ${node.level} column`).toBeLessThanOrEqual(column.x + column.width);
    }
    // Lanes and columns tile the drawing without gaps, columns in level order.
    expect(layout.columns.map((c) => c.level)).toEqual(levels.filter((l) => roles.some((r) => r.level === l)));
    for (const bands of [layout.lanes.map((l) => [l.y, l.height]), layout.columns.map((c) => [c.x, c.width])]) {
      bands.forEach(([start], i) => {
        expect(start).toBe(i === 0 ? 0 : bands[i - 1]![0]! + bands[i - 1]![1]!);
      });
    }
    expect(new Set(layout.lanes.map((l) => l.track))).toEqual(new Set(roles.map((r) => r.track)));
  });

  // The dagre layout this replaced, measured the same way on the same content: 29 crossings and 13
  // moves running under another role's box (on the content of the day it was replaced: 51 and 25).
  // A budget, not a pin: 11 on the flat ladder, 4 once every move climbed one rung; fewer is better.
  it('is tidy: at most 4 edge crossings (dagre had 29) and no line under a role box (dagre had 13)', async () => {
    const layout = await laidOut;
    expect(countEdgesThroughNodes(layout).pairs).toEqual([]);
    expect(countEdgeCrossings(layout)).toBeLessThanOrEqual(4);
  });

  // A 390 px phone leaves 356 px for the drawing; 13px titles stay at least 12 px up to 356 * 13 / 12.
  const phoneWidthForReadableNames = Math.floor((356 * 13) / 12);

  it('keeps even the role with the most moves narrow enough for 12 px names on a phone', async () => {
    const busiest = [...roles].sort((a, b) => b.growth.length - a.growth.length)[0]!;
    const layout = await layoutNeighbourhood(roles, busiest.slug);
    expect(layout.nodes).toHaveLength(busiest.growth.length + 1);
    expect(layout.width).toBeLessThanOrEqual(phoneWidthForReadableNames);
  });

  it('lays out a role and its moves narrow enough for a phone, the moves in one column', async () => {
    const csr = roles.find((r) => r.slug === 'customer-service-representative')!;
    const layout = await layoutNeighbourhood(roles, csr.slug);
    expect(layout.nodes.map((n) => n.slug).sort()).toEqual([csr.slug, ...csr.growth.map((g) => g.to)].sort());
    expect(layout.width).toBeLessThanOrEqual(phoneWidthForReadableNames);
    expect(new Set(layout.nodes.filter((n) => n.slug !== csr.slug).map((n) => n.x)).size).toBe(1);
    expect(countEdgesThroughNodes(layout).count).toBe(0);
    expect(countEdgeCrossings(layout)).toBe(0);
  });
});

describe('edgePath and wrapLabel', () => {
  it('draws straight runs through the bends', () => {
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M0,0 L10,0');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 30 },
      ]),
    ).toBe('M0,0 L10,0 L10,30');
    expect(edgePath([])).toBe('');
  });
  it('wraps titles at spaces and marks cut text', () => {
    expect(wrapLabel('IT Service Management Specialist', 24)).toEqual(['IT Service Management', 'Specialist']);
    expect(wrapLabel('one two three four', 5)).toEqual(['one', 'two…']);
  });
});
