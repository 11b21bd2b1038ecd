import { describe, expect, it } from 'vitest';
import { closestSlug, closestSlugs, editDistance } from '@/lib/suggest';

const roles = ['customer-service-representative', 'team-leader', 'supervisor', 'trainer', 'quality-analyst', 'qa-manager'];

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests the closest slug for a typo', () => {
    expect(closestSlug('team-leadr', roles)).toBe('team-leader');
    expect(closestSlug('supervisr', roles)).toBe('supervisor');
  });
  it('offers nothing when no slug is near', () => {
    expect(closestSlug('zzzzzzzzzzzzzzzzzz', ['ab', 'cd'])).toBeUndefined();
  });
  it('ranks partial names first', () => {
    expect(closestSlugs('customer', roles, 3)[0]).toBe('customer-service-representative');
    expect(closestSlugs('does-not-exist', roles, 3)).toHaveLength(3);
  });
});
