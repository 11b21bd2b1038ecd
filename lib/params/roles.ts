import { levels, tracks, workModes } from '../content/enums';
import type { RoleFilters } from '../catalogue';
import { slugList, type Parsed, type SearchParams } from './shared';

/**
 * The names the catalogue's filters use in the URL. A GET form with checkboxes repeats a name
 * (level=entry&level=mid), while shared links use commas (level=entry,mid); both mean the same.
 */
export const roleFilterParams = { track: 'track', level: 'level', workMode: 'mode' } as const;

function joinRepeats(params: SearchParams, name: string): SearchParams {
  const raw = params[name];
  return { [name]: Array.isArray(raw) ? raw.join(',') : raw };
}

/** Reads /roles?track=&level=&mode= ; unknown values are dropped with a notice, never an error. */
export function parseRoleFilters(params: SearchParams): Parsed<RoleFilters> {
  const track = slugList(joinRepeats(params, roleFilterParams.track), roleFilterParams.track, tracks, { label: 'track', max: tracks.length });
  const level = slugList(joinRepeats(params, roleFilterParams.level), roleFilterParams.level, levels, { label: 'level', max: levels.length });
  const mode = slugList(joinRepeats(params, roleFilterParams.workMode), roleFilterParams.workMode, workModes, {
    label: 'work mode',
    max: workModes.length,
  });
  // slugList keeps only entries of the known list, so the narrowing below is safe.
  return {
    value: {
      tracks: track.value as RoleFilters['tracks'],
      levels: level.value as RoleFilters['levels'],
      workModes: mode.value as RoleFilters['workModes'],
    },
    notices: [...track.notices, ...level.notices, ...mode.notices],
  };
}

/** The catalogue URL for a set of filters, comma-separated so it is short enough to paste. */
export function rolesHref(filters: RoleFilters): string {
  const query = new URLSearchParams();
  if (filters.tracks.length) query.set(roleFilterParams.track, filters.tracks.join(','));
  if (filters.levels.length) query.set(roleFilterParams.level, filters.levels.join(','));
  if (filters.workModes.length) query.set(roleFilterParams.workMode, filters.workModes.join(','));
  const search = query.toString().replaceAll('%2C', ',');
  return search ? `/roles?${search}` : '/roles';
}
