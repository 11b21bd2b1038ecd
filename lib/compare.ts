import type { Role, RoleSkill, Skill } from './content/schemas';

export interface SkillComparisonRow {
  skill: string;
  name: string;
  /** What each compared role needs of the skill, in the roles' order; undefined where it is not needed. */
  needs: (RoleSkill | undefined)[];
}

/**
 * The skills of two or three roles side by side: the ones every role needs (shared) and the ones
 * only some need (different), each in the order they first appear across the roles.
 */
export function compareSkills(
  roles: readonly Pick<Role, 'skills'>[],
  skills: readonly Pick<Skill, 'slug' | 'name'>[],
): { shared: SkillComparisonRow[]; different: SkillComparisonRow[] } {
  const names = new Map(skills.map((s) => [s.slug, s.name]));
  const order = [...new Set(roles.flatMap((role) => role.skills.map((s) => s.skill)))];
  const rows = order.map((skill) => ({
    skill,
    name: names.get(skill) ?? skill,
    needs: roles.map((role) => role.skills.find((s) => s.skill === skill)),
  }));
  return {
    shared: rows.filter((row) => row.needs.every(Boolean)),
    different: rows.filter((row) => !row.needs.every(Boolean)),
  };
}
