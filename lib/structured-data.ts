import type { Background, Content, OccupationCodes, Role } from './content/schemas';
import { roleLevelLabel } from './labels';
import { codeSets, fittingOccupations, occupationUrl } from './occupations';

/**
 * schema.org CategoryCode entries for every code that fits a job (a code that does not fit is not
 * claimed), each naming its classification as a CategoryCodeSet, for job boards and workforce
 * systems that read the markup.
 */
function occupationalCategories(codes: OccupationCodes): Record<string, unknown>[] {
  return fittingOccupations(codes).map(({ classification, occupation }) => {
    const url = occupationUrl(classification, occupation.code);
    return {
      '@type': 'CategoryCode',
      codeValue: occupation.code,
      name: occupation.title,
      ...(url ? { url } : {}),
      inCodeSet: { '@type': 'CategoryCodeSet', name: codeSets[classification].name, url: codeSets[classification].url },
    };
  });
}

/** schema.org Occupation, built from content only, for search engines and link previews. */
export function occupationJsonLd(content: Pick<Content, 'skills' | 'certifications'>, role: Role, url?: string): Record<string, unknown> {
  const skillNames = role.skills.map((s) => content.skills.find((skill) => skill.slug === s.skill)?.name ?? s.skill);
  const certifications = role.certifications.flatMap((slug) => {
    const certification = content.certifications.find((c) => c.slug === slug);
    return certification ? [certification] : [];
  });
  const categories = role.occupations ? occupationalCategories(role.occupations) : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    ...(role.abbreviation ? { alternateName: role.abbreviation } : {}),
    description: role.summary,
    ...(url ? { url } : {}),
    ...(categories.length ? { occupationalCategory: categories } : {}),
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

/** schema.org Occupation for a past job, with the skills it builds and its standard occupation codes. */
export function backgroundJsonLd(content: Pick<Content, 'skills'>, background: Background, url?: string): Record<string, unknown> {
  const categories = occupationalCategories(background.occupations);
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: background.title,
    alternateName: background.alternativeTitles,
    description: background.summary,
    ...(url ? { url } : {}),
    ...(categories.length ? { occupationalCategory: categories } : {}),
    skills: background.skills.map((s) => content.skills.find((skill) => skill.slug === s.skill)?.name ?? s.skill).join(', '),
  };
}

/** schema.org ItemList of pages, in order, for a list page. */
export function itemListJsonLd(name: string, items: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, url: item.url })),
  };
}
