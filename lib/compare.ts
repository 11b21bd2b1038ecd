import type { Content, Provenance, Role, RoleSkill, Skill } from './content/schemas';
import { compareHref, parseCompareParams } from './params/compare';
import type { SearchParams } from './params/shared';
import { alphabetical } from './alphabetical';

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

/** A role as the comparison shows it: its facts and the roles it leads to, by title, each move with its source. */
export type ComparedRole = Role & { leadsTo: { slug: string; title: string; source: Provenance | undefined }[] };

/** The chosen roles, in the order chosen, each with the titles of the roles it can move to and whether the article names each move. */
export function compareRoles(content: Pick<Content, 'roles'>, slugs: readonly string[]): ComparedRole[] {
  const bySlug = new Map(content.roles.map((role) => [role.slug, role]));
  return slugs.flatMap((slug) => {
    const role = bySlug.get(slug);
    if (!role) return [];
    const leadsTo = role.growth.flatMap((move) => {
      const target = bySlug.get(move.to);
      return target ? [{ slug: target.slug, title: target.title, source: move.source }] : [];
    });
    return [{ ...role, leadsTo }];
  });
}

/** Every role as a choice for the comparison form, by title. */
export function compareOptions(content: Pick<Content, 'roles'>): { slug: string; title: string }[] {
  return content.roles.map(({ slug, title }) => ({ slug, title })).sort((a, b) => alphabetical(a.title, b.title));
}

export interface CompareView {
  notices: string[];
  /** The slugs as asked (what the form shows as chosen). */
  chosen: string[];
  roles: ComparedRole[];
  shared: SkillComparisonRow[];
  different: SkillComparisonRow[];
  /** The comparison as read (unknown and repeated roles dropped): what Copy link and the QR code carry. */
  address: string;
}

/** Everything /compare shows for its address: read once, worked out once. */
export function compareView(content: Pick<Content, 'roles' | 'skills'>, params: SearchParams): CompareView {
  const { value, notices } = parseCompareParams(
    params,
    content.roles.map((r) => r.slug),
  );
  const roles = compareRoles(content, value.roles);
  return { notices, chosen: value.roles, roles, ...compareSkills(roles, content.skills), address: compareHref(roles.map((r) => r.slug)) };
}
