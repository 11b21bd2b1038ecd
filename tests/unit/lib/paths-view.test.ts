import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { parsePathsParams } from '@/lib/params/paths';
import { pathsView } from '@/lib/paths-view';

const content = checkContent().content!;
const slugs = content.roles.map((r) => r.slug);
const view = (query: Record<string, string>) => {
  const { value, notices } = parsePathsParams(query, slugs);
  return pathsView(content, value, notices);
};

describe('what /paths shows for its address', () => {
  it('with no start, offers the entry roles as places to start and plans nothing', () => {
    const v = view({});
    expect(v.plan).toBeUndefined();
    expect(v.title).toBe('Career paths');
    expect(v.address).toBe('/paths');
    expect(v.startingPoints.map((r) => r.level)).toEqual(v.startingPoints.map(() => 'entry'));
    expect(v.startingPoints.map((r) => r.slug)).toContain('customer-service-representative');
  });

  it('with a start only, lists everywhere it can lead', () => {
    const v = view({ from: 'customer-service-representative' });
    expect(v.showReachable).toBe(true);
    expect(v.reachable.length).toBeGreaterThan(0);
    expect(v.startingPoints).toEqual([]);
    expect(v.title).toBe('Where Customer Service Representative can lead');
  });

  it('with a start and a goal, draws the shortest route from one to the other', () => {
    const v = view({ from: 'technical-support-specialist', to: 'operations-manager' });
    expect(v.drawn).toBe(0);
    expect(v.route[0]).toBe('technical-support-specialist');
    expect(v.route.at(-1)).toBe('operations-manager');
    expect(v.showReachable).toBe(false);
    expect(v.address).toBe('/paths?from=technical-support-specialist&to=operations-manager');
  });

  it('draws the alternative asked for, or the shortest with a notice when there is no such alternative', () => {
    const chosen = view({ from: 'customer-service-representative', to: 'team-leader', route: '2' });
    expect(chosen.plan!.routes).toHaveLength(3);
    expect(chosen.drawn).toBe(2);
    expect(chosen.address).toBe('/paths?from=customer-service-representative&to=team-leader&route=2');
    const missing = view({ from: 'back-office-specialist', to: 'data-analyst', route: '2' });
    expect(missing.plan!.routes).toHaveLength(1);
    expect(missing.drawn).toBe(0);
    expect(missing.notices).toContain('There is no alternative 2; the shortest route is drawn.');
  });

  it('turns a mistyped goal into links that keep the start', () => {
    const v = view({ from: 'customer-service-representative', to: 'team-lead' });
    expect(v.suggestions[0]).toEqual({ href: '/paths?from=customer-service-representative&to=team-leader', label: 'Team Leader as your goal' });
  });
});
