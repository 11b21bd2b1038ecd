import { describe, expect, it } from 'vitest';
import { parsePathsParams } from '@/lib/params/paths';

const roles = ['customer-service-representative', 'team-leader', 'supervisor'];

describe('parsePathsParams', () => {
  it('reads a start and a goal', () => {
    expect(parsePathsParams({ from: 'customer-service-representative', to: 'supervisor' }, roles)).toEqual({
      value: { from: 'customer-service-representative', to: 'supervisor', route: 0, suggestions: [] },
      notices: [],
    });
  });
  it('drops unknown roles with a suggestion, and escapes nothing itself (React does)', () => {
    const { value, notices } = parsePathsParams({ from: 'team-leadr', to: '<script>alert(1)</script>' }, roles);
    expect(value.from).toBeUndefined();
    expect(value.to).toBeUndefined();
    expect(value.suggestions[0]).toEqual({ param: 'from', slugs: ['team-leader', expect.any(String), expect.any(String)] });
    expect(notices[0]).toBe('There is no role called “team-leadr”; did you mean “team-leader”?');
    expect(notices[1]).toContain('<script>alert(1)</script>');
  });
  it('drops a goal equal to the start, and asks for a start when only a goal is given', () => {
    expect(parsePathsParams({ from: 'supervisor', to: 'supervisor' }, roles)).toEqual({
      value: { from: 'supervisor', route: 0, suggestions: [] },
      notices: ['The start and the goal are the same role; pick a different goal to plan a route.'],
    });
    expect(parsePathsParams({ to: 'supervisor' }, roles).notices).toEqual(['Pick the role you have now as well as your goal to see a route.']);
  });
  it('keeps the first of repeated values and cuts very long ones', () => {
    expect(parsePathsParams({ from: ['supervisor', 'team-leader'] }, roles).value).toEqual({ from: 'supervisor', route: 0, suggestions: [] });
    expect(parsePathsParams({ from: 'x'.repeat(5000) }, roles).notices).toHaveLength(2);
  });
  it('reads which route to draw: 0 to 2, anything else draws the shortest with a notice', () => {
    const plan = { from: 'customer-service-representative', to: 'supervisor' };
    expect(parsePathsParams({ ...plan, route: '2' }, roles)).toEqual({ value: { ...plan, route: 2, suggestions: [] }, notices: [] });
    for (const bad of ['3', '-1', '1.5', 'two', '<b>1</b>', '9'.repeat(300)]) {
      const { value, notices } = parsePathsParams({ ...plan, route: bad }, roles);
      expect(value.route, bad).toBe(0);
      expect(notices.at(-1), bad).toBe('“route” should be a number from 0 to 2; the shortest route is drawn.');
    }
  });
});
