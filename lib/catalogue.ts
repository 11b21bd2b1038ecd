import { roleLevelRank, skillLevelValue } from './content/enums';
import { skillAliases } from './content/skill-aliases';
import { tracks } from './content/enums';
import type { Content, Level, Role, Skill, SkillLevel, Track, WorkMode } from './content/schemas';
import { alphabetical } from './alphabetical';

/** What the /roles catalogue is narrowed to; an empty list means "any". */
export interface RoleFilters {
  tracks: Track[];
  levels: Level[];
  workModes: WorkMode[];
}

export const noRoleFilters: RoleFilters = { tracks: [], levels: [], workModes: [] };

export function hasRoleFilters(filters: RoleFilters): boolean {
  return filters.tracks.length + filters.levels.length + filters.workModes.length > 0;
}

/**
 * Roles matching every facet that is set; within a facet any listed value matches
 * (track=back-office,front-office is "either track").
 */
export function filterRoles<R extends Pick<Role, 'track' | 'level' | 'workModes'>>(roles: readonly R[], filters: RoleFilters): R[] {
  return roles.filter(
    (role) =>
      (filters.tracks.length === 0 || filters.tracks.includes(role.track)) &&
      (filters.levels.length === 0 || filters.levels.includes(role.level)) &&
      (filters.workModes.length === 0 || role.workModes.some((mode) => filters.workModes.includes(mode))),
  );
}

/** Roles grouped by track in the content model's track order, each group sorted from entry level up. */
export function rolesByTrack<R extends Pick<Role, 'track' | 'level' | 'title'>>(roles: readonly R[]): { track: Track; roles: R[] }[] {
  return tracks
    .map((track) => ({
      track,
      roles: roles.filter((role) => role.track === track).sort((a, b) => roleLevelRank(a.level) - roleLevelRank(b.level) || alphabetical(a.title, b.title)),
    }))
    .filter((group) => group.roles.length > 0);
}

/**
 * Skills split into the article's seven core skills, the industry knowledge of each specialized
 * niche (what the retired "industry-knowledge" skill was split into), and the role-specific rest,
 * each sorted by name.
 */
export function skillsByKind(skills: readonly Skill[]): { core: Skill[]; industry: Skill[]; roleSpecific: Skill[] } {
  const byName = (a: Skill, b: Skill) => alphabetical(a.name, b.name);
  const industry = new Set(skillAliases['industry-knowledge']);
  return {
    core: skills.filter((s) => s.kind === 'core').sort(byName),
    industry: skills.filter((s) => s.kind === 'role-specific' && industry.has(s.slug)).sort(byName),
    roleSpecific: skills.filter((s) => s.kind === 'role-specific' && !industry.has(s.slug)).sort(byName),
  };
}

export interface RoleNeed {
  role: Role;
  level: SkillLevel;
}

/** The roles that need a skill, with the level each needs, most demanding first. */
export function rolesNeedingSkill(content: Pick<Content, 'roles'>, skillSlug: string): RoleNeed[] {
  const needs: RoleNeed[] = [];
  for (const role of content.roles) {
    const need = role.skills.find((s) => s.skill === skillSlug);
    if (need) needs.push({ role, level: need.level });
  }
  return needs.sort((a, b) => skillLevelValue(b.level) - skillLevelValue(a.level) || alphabetical(a.role.title, b.role.title));
}
