import { describe, expect, it } from 'vitest';
import { parseRoleFilters, rolesHref } from '@/lib/params/roles';

describe('parseRoleFilters', () => {
  it('reads comma-separated values for track, level and work mode', () => {
    expect(parseRoleFilters({ track: 'back-office', level: 'entry,mid', mode: 'voice' })).toEqual({
      value: { tracks: ['back-office'], levels: ['entry', 'mid'], workModes: ['voice'] },
      notices: [],
    });
  });
  it('reads repeated parameters, as a GET form with checkboxes sends them', () => {
    expect(parseRoleFilters({ level: ['entry', 'mid'], track: ['front-office'] }).value).toEqual({
      tracks: ['front-office'],
      levels: ['entry', 'mid'],
      workModes: [],
    });
  });
  it('drops unknown values with a notice that names them', () => {
    const { value, notices } = parseRoleFilters({ track: 'nonsense', level: 'entry' });
    expect(value).toEqual({ tracks: [], levels: ['entry'], workModes: [] });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('“nonsense”');
  });
  it('suggests the closest value for a misspelling', () => {
    expect(parseRoleFilters({ track: 'backoffice' }).notices[0]).toContain('back-office');
  });
  it('ignores missing and empty parameters', () => {
    expect(parseRoleFilters({ track: '', level: undefined })).toEqual({ value: { tracks: [], levels: [], workModes: [] }, notices: [] });
  });
});

describe('rolesHref', () => {
  it('writes filters as a short, comma-separated catalogue URL', () => {
    expect(rolesHref({ tracks: ['back-office'], levels: ['entry', 'mid'], workModes: [] })).toBe('/roles?track=back-office&level=entry,mid');
    expect(rolesHref({ tracks: [], levels: [], workModes: [] })).toBe('/roles');
  });
});
