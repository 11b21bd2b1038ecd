import type { Background, Certification, Content, GlossaryTerm, Role, RoleSkill, Skill } from './schemas';

export function findRole(content: Content, slug: string): Role | undefined {
  return content.roles.find((role) => role.slug === slug);
}

export function findBackground(content: Pick<Content, 'backgrounds'>, slug: string): Background | undefined {
  return content.backgrounds.find((background) => background.slug === slug);
}

export function findSkill(content: Content, slug: string): Skill | undefined {
  return content.skills.find((skill) => skill.slug === slug);
}

export function findTerm(content: Content, slug: string): GlossaryTerm | undefined {
  return content.glossary.find((term) => term.slug === slug);
}

/** What a metric is called in short: its glossary abbreviation ("CSAT"), else its term, else its slug. */
export function metricName(content: Pick<Content, 'glossary'>, slug: string): string {
  const term = content.glossary.find((t) => t.slug === slug);
  return term?.abbreviation ?? term?.term ?? slug;
}

export function findCertification(content: Content, slug: string): Certification | undefined {
  return content.certifications.find((c) => c.slug === slug);
}

export function rolesJudgedOn(content: Content, termSlug: string): Role[] {
  return content.roles.filter((role) => role.metrics.includes(termSlug));
}

export function rolesHelpedBy(content: Content, certificationSlug: string): Role[] {
  return content.roles.filter((role) => role.certifications.includes(certificationSlug));
}

/** What the role is hired for: the skills content marks "defining" (never empty in valid content). */
export function definingSkills(role: Pick<Role, 'skills'>): RoleSkill[] {
  return role.skills.filter((s) => s.defining === true);
}
