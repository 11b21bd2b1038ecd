import { describe, expect, it } from 'vitest';
import { contentGraphLayout, contentNeighbourhoodLayout } from '@/lib/content/graph-layouts';
import { getContent } from '@/lib/content/load';

describe('content graph layouts', { timeout: 60_000 }, () => {
  it('lays the site’s graph out once per process: every caller shares one layout', async () => {
    const first = contentGraphLayout();
    expect(contentGraphLayout()).toBe(first);
    const layout = await first;
    expect(layout.nodes.map((n) => n.slug).sort()).toEqual(
      getContent()
        .roles.map((r) => r.slug)
        .sort(),
    );
  });
  it('keeps one phone view per role, apart from the whole graph', async () => {
    const csr = contentNeighbourhoodLayout('customer-service-representative');
    expect(contentNeighbourhoodLayout('customer-service-representative')).toBe(csr);
    expect(contentNeighbourhoodLayout('team-leader')).not.toBe(csr);
    expect((await csr).nodes.some((n) => n.slug === 'customer-service-representative')).toBe(true);
  });
});
