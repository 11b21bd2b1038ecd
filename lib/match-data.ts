import type { Certification, Content, Role, Skill } from './content/schemas';
import type { MatchData, MatchMove, MatchRole, MatchSkill } from './match';
import { isEditorial } from './content/provenance';
import { collectTasks } from './tasks';

/**
 * What the match page sends the browser so it can advise as the person picks: a compact
 * projection of the content (no overviews, duties only as deduplicated tasks), serialisable as
 * plain data. Routes are planned in the browser with lib/paths.ts, which carries no zod.
 */
export interface MatchPageData extends MatchData {
  roles: (MatchRole & Pick<Role, 'certifications'> & { growth: MatchMove[] })[];
  skills: (MatchSkill & Pick<Skill, 'cvLine'>)[];
  certifications: Pick<Certification, 'slug' | 'name' | 'description'>[];
}

export function matchPageData(content: Pick<Content, 'roles' | 'skills' | 'certifications'>): MatchPageData {
  return {
    roles: content.roles.map(({ slug, title, level, skills, growth, certifications }) => ({
      slug,
      title,
      level,
      // Only what the scoring reads; provenance stays on the role pages.
      // A level that departs from the level rule says whose it is; the words behind it stay on the role page.
      skills: skills.map(({ skill, level: needed, key, defining, levelSource }) => ({
        skill,
        level: needed,
        key,
        ...(defining ? { defining } : {}),
        ...(levelSource ? { levelFrom: 'article' in levelSource ? ('article' as const) : ('guide' as const) } : {}),
      })),
      // The match reads where a move leads and what it takes; of its source, only whether it is this guide's suggestion.
      growth: growth.map(({ to, kind, takes, source }) => (isEditorial(source) ? { to, kind, takes, suggested: true as const } : { to, kind, takes })),
      certifications,
    })),
    skills: content.skills.map(({ slug, name, kind, knowledge, cvLine }) => ({ slug, name, kind, ...(knowledge ? { knowledge } : {}), cvLine })),
    tasks: collectTasks(content.roles),
    certifications: content.certifications.map(({ slug, name, description }) => ({ slug, name, description })),
  };
}
