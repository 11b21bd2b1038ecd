import type { MatchBackground } from './backgrounds';
import { isEditorial } from './content/editorial';
import { metricName } from './content/lookups';
import type { Certification, Content, Role, Skill } from './content/schemas';
import type { MatchData, MatchMove, MatchRole, MatchSkill } from './match';
import { collectTasks } from './tasks';

/**
 * What the match page sends the browser so it can advise as the person picks: a compact
 * projection of the content (no overviews, duties only as deduplicated tasks), serialisable as
 * plain data. Routes are planned in the browser with lib/paths.ts, which carries no zod.
 */
export interface MatchPageData extends MatchData {
  /** `metrics`: the names the role is judged on (glossary short forms where there are some), for the handout. */
  roles: (MatchRole & Pick<Role, 'certifications' | 'metrics'> & { growth: MatchMove[] })[];
  skills: (MatchSkill & Pick<Skill, 'howToShow' | 'aliases'>)[];
  certifications: Pick<Certification, 'slug' | 'name' | 'description'>[];
  backgrounds: MatchBackground[];
}

// The server reads the content once per process; the projection of it is worked out once too
// (the page, its handout and the API each ask for it on every request).
const projected = new WeakMap<object, MatchPageData>();

export function matchPageData(content: Pick<Content, 'roles' | 'skills' | 'certifications' | 'backgrounds' | 'glossary'>): MatchPageData {
  const known = projected.get(content);
  if (known) return known;
  const data = project(content);
  projected.set(content, data);
  return data;
}

function project(content: Pick<Content, 'roles' | 'skills' | 'certifications' | 'backgrounds' | 'glossary'>): MatchPageData {
  return {
    roles: content.roles.map(({ slug, title, level, skills, growth, certifications, metrics }) => ({
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
      metrics: metrics.map((m) => metricName(content, m)),
    })),
    skills: content.skills.map(({ slug, name, kind, knowledge, howToShow, aliases }) => ({
      slug,
      name,
      kind,
      ...(knowledge ? { knowledge } : {}),
      howToShow,
      aliases,
    })),
    tasks: collectTasks(content.roles),
    certifications: content.certifications.map(({ slug, name, description }) => ({ slug, name, description })),
    // A skill's reason and quote stay on the background's page; the match counts the skill at its level.
    backgrounds: content.backgrounds.map(({ slug, title, alternativeTitles, skills, entryPoints }) => ({
      slug,
      title,
      alternativeTitles,
      skills: skills.map(({ skill, level }) => ({ skill, level })),
      entryPoints,
    })),
  };
}

/** Every slug the match page's address may name: what its reader (lib/params/match.ts) checks a link against. */
export interface MatchCatalogue {
  skills: readonly string[];
  roles: readonly string[];
  tasks: readonly string[];
  /** Background slugs, each with the skills it builds (for reading `without`). */
  backgrounds?: readonly { slug: string; skills: readonly { skill: string }[] }[];
}

/** The match page's catalogue, read from its data. */
export function matchCatalogue(data: Pick<MatchPageData, 'skills' | 'roles' | 'tasks' | 'backgrounds'>): MatchCatalogue {
  return {
    skills: data.skills.map((s) => s.slug),
    roles: data.roles.map((r) => r.slug),
    tasks: data.tasks.map((t) => t.id),
    backgrounds: data.backgrounds,
  };
}
