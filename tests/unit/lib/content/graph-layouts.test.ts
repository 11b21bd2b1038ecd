import { describe, expect, it } from 'vitest';
import { growthGraph } from '@/generated/growth-graph';
import { contentNeighbourhoodLayout } from '@/lib/content/graph-layouts';
import { getContent } from '@/lib/content/load';
import { layoutRoleGraph } from '@/lib/graph-layout';

describe('content graph layouts', { timeout: 60_000 }, () => {
  it('ships the whole graph as laid out from the content, every role in it', async () => {
    const roles = getContent().roles;
    expect(growthGraph.layout.nodes.map((n) => n.slug).sort()).toEqual(roles.map((r) => r.slug).sort());
    expect(growthGraph.roles.map((r) => r.title).sort()).toEqual(roles.map((r) => r.title).sort());
    // The module is the layout itself, not a stale copy: laying the content out again gives the same drawing.
    expect(await layoutRoleGraph(roles)).toEqual(growthGraph.layout);
  });
  it('keeps one phone view per role', async () => {
    const csr = contentNeighbourhoodLayout('customer-service-representative');
    expect(contentNeighbourhoodLayout('customer-service-representative')).toBe(csr);
    expect(contentNeighbourhoodLayout('team-leader')).not.toBe(csr);
    expect((await csr).nodes.some((n) => n.slug === 'customer-service-representative')).toBe(true);
  });
});
