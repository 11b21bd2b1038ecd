import type { Content, Role } from './content/schemas';
import { roleLevelLabel, trackLabels } from './labels';

/** schema.org Occupation, built from content only, for search engines and link previews. */
export function occupationJsonLd(content: Pick<Content, 'skills' | 'certifications'>, role: Role, url?: string): Record<string, unknown> {
  const skillNames = role.skills.map((s) => content.skills.find((skill) => skill.slug === s.skill)?.name ?? s.skill);
  const certifications = role.certifications.flatMap((slug) => {
    const certification = content.certifications.find((c) => c.slug === slug);
    return certification ? [certification] : [];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    ...(role.abbreviation ? { alternateName: role.abbreviation } : {}),
    description: role.summary,
    ...(url ? { url } : {}),
    occupationalCategory: `Business Process Outsourcing: ${trackLabels[role.track]}`,
    experienceRequirements: roleLevelLabel(role),
    skills: skillNames.join(', '),
    responsibilities: role.duties.map((duty) => duty.text).join('; '),
    ...(certifications.length
      ? {
          qualifications: certifications.map((c) => ({
            '@type': 'EducationalOccupationalCredential',
            name: c.name,
            credentialCategory: 'certification',
            description: c.description,
          })),
        }
      : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json"> tag. Every `<` becomes \u003c so no text in the
 * content (say "</script>") can close the tag early; JSON parsers read the escape back as `<`.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
