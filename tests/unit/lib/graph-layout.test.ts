import { describe, expect, it } from 'vitest';
import { readRawContent } from '@/lib/content/load';
import { roleSchema } from '@/lib/content/schemas';
import { edgePath, layoutRoleGraph, wrapLabel } from '@/lib/graph-layout';

// The real roles, read without the rest of the content so unrelated content work cannot break these tests.
const realRoles = () => readRawContent().raw.roles.map((file) => roleSchema.parse(file.data));

const role = (slug: string, ...to: string[]) => ({ slug, growth: to.map((t) => ({ to: t, kind: 'promotion' as const, takes: 'x' })) });

describe('layoutRoleGraph', () => {
  const roles = [role('agent', 'lead', 'analyst'), role('lead', 'manager'), role('analyst', 'manager'), role('manager', 'lead'), role('alone')];
  const layout = layoutRoleGraph(roles);

  it('places every role once, inside the drawing, without overlaps', () => {
    expect(layout.nodes.map((n) => n.slug).sort()).toEqual(['agent', 'alone', 'analyst', 'lead', 'manager']);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.slug} overlaps ${b.slug}`).toBe(true);
      }
    }
  });
  it('puts a role left of the roles it leads to, and lists nodes in reading order (by column, then down)', () => {
    const at = (slug: string) => layout.nodes.find((n) => n.slug === slug)!;
    expect(at('agent').x).toBeLessThan(at('lead').x);
    expect(at('lead').x).toBeLessThan(at('manager').x);
    const order = layout.nodes.map((n) => [n.x, n.y] as const);
    expect(order).toEqual([...order].sort((p, q) => p[0] - q[0] || p[1] - q[1]));
  });
  it('routes every edge, a cycle included, with points from start to end', () => {
    expect(layout.edges).toHaveLength(5);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });
  it('lays out the real content with no node overlapping another', () => {
    const real = layoutRoleGraph(realRoles());
    expect(real.nodes).toHaveLength(realRoles().length);
    const seen = new Set(real.nodes.map((n) => `${n.x},${n.y}`));
    expect(seen.size).toBe(real.nodes.length);
  });
});

describe('edgePath and wrapLabel', () => {
  it('draws straight and curved paths', () => {
    expect(edgePath([{ x: 0, y: 0 }, { x: 10, y: 10 }])).toBe('M0,0 L10,10');
    expect(edgePath([{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 20, y: 30 }])).toBe('M0,0 Q10,10 20,30');
    expect(edgePath([])).toBe('');
  });
  it('wraps titles at spaces and marks cut text', () => {
    expect(wrapLabel('IT Service Management Specialist', 24)).toEqual(['IT Service Management', 'Specialist']);
    expect(wrapLabel('one two three four', 5)).toEqual(['one', 'two…']);
  });
});
