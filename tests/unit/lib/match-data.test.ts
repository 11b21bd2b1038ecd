import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { matchPageData } from '@/lib/match-data';

describe('the match page’s data for the browser', () => {
  const data = matchPageData(getContent());

  it('leaves out what the page does not need, such as overviews and duties', () => {
    expect(Object.keys(data.roles[0] ?? {}).sort()).toEqual(['certifications', 'growth', 'level', 'skills', 'slug', 'title']);
  });

  it('carries the fewest-moves route from each entry role to the roles it leads to', () => {
    expect(data.entryRoutes['customer-service-representative']?.['team-leader']).toEqual(['customer-service-representative', 'team-leader']);
    expect(Object.keys(data.entryRoutes).every((slug) => data.roles.find((r) => r.slug === slug)?.level === 'entry')).toBe(true);
  });
});
