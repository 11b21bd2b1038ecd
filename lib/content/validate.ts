import type { z } from 'zod';
import { foldWords } from '../name-match';
import { closestSlug } from '../suggest';
import { unbackedFrequencyClaims } from './frequency';
import { ladderProblems } from './ladder';
import { articleContains, closestArticleClause, type Provenance } from './provenance';
import {
  adviceFileSchema,
  certificationsFileSchema,
  glossaryFileSchema,
  guidesFileSchema,
  roleSchema,
  skillsFileSchema,
  type Content,
  type Role,
} from './schemas';

/** One content file as read from disk: JSON already parsed, MDX as text. */
export interface RawFile<T = unknown> {
  file: string;
  data: T;
}

export interface RawContent {
  roles: RawFile[];
  skills: RawFile;
  glossary: RawFile;
  certifications: RawFile;
  advice: RawFile;
  guides: RawFile;
  guideSources: RawFile<string>[];
  /** The source article's text: every quoted fragment is checked against it. */
  article: RawFile<string>;
}

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem({ file, path, message }: ContentProblem): string {
  return `${file}: ${path || '(file)'}: ${message}`;
}

/** zod path ["growth", 0, "to"] -> "growth[0].to" */
function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, prefix);
}

function parseWith<S extends z.ZodType>(
  schema: S,
  raw: RawFile,
  problems: ContentProblem[],
  prefix = '',
): z.infer<S> | undefined {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: raw.file, path: formatPath(prefix, issue.path), message: issue.message });
  }
  return undefined;
}

function unknownReference(kind: string, slug: string, known: readonly string[]): string {
  const suggestion = closestSlug(slug, known);
  return `unknown ${kind} "${slug}"${suggestion ? `; did you mean "${suggestion}"?` : `; add it to the ${kind} content first`}`;
}

function reportDuplicates(items: { slug: string }[], file: (index: number) => string, prefix: string, problems: ContentProblem[]) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.slug);
    if (first === undefined) seen.set(item.slug, index);
    else problems.push({ file: file(index), path: `${prefix}${prefix ? `[${index}]` : ''}${prefix ? '.' : ''}slug`, message: `duplicate slug "${item.slug}" (first defined in ${file(first)}); slugs must be unique` });
  });
}

/**
 * An alias must lead to one place: not the name of another skill (or role), nor another one's
 * alias; the filters and search would otherwise put the wrong one first.
 */
function reportAliasClashes(
  items: { slug: string; name: string; aliases: string[] }[],
  at: (index: number, alias: number) => { file: string; path: string },
  problems: ContentProblem[],
) {
  const owner = new Map<string, string>();
  for (const item of items) owner.set(foldWords(item.name), item.slug);
  items.forEach((item, index) =>
    item.aliases.forEach((alias, i) => {
      const words = foldWords(alias);
      const other = owner.get(words);
      if (other !== undefined && other !== item.slug) {
        problems.push({ ...at(index, i), message: `"${alias}" already leads to "${other}"; an alias must lead to one place` });
      } else owner.set(words, item.slug);
    }),
  );
}

// Guide MDX links to roles, skills and glossary terms as components, e.g. <Role slug="team-leader" />.
const guideReferencePattern = /<(Role|Skill|Term)\s+slug=["']([^"']*)["']/g;

export function guideReferences(source: string): { component: 'Role' | 'Skill' | 'Term'; slug: string; line: number }[] {
  const found: { component: 'Role' | 'Skill' | 'Term'; slug: string; line: number }[] = [];
  for (const match of source.matchAll(guideReferencePattern)) {
    const line = source.slice(0, match.index).split('\n').length;
    found.push({ component: match[1] as 'Role' | 'Skill' | 'Term', slug: match[2] ?? '', line });
  }
  return found;
}

/** Every prose string in a parsed JSON value, with its field path; slugs and other one-word values are skipped. */
function proseStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return /\s/.test(value.trim()) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => proseStrings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => proseStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Flags words claiming frequency or a norm (often, usually, most…) that the article does not say. */
function reportFrequencyClaims(raw: RawContent, problems: ContentProblem[]) {
  const report = (file: string, path: string, text: string) => {
    for (const claim of unbackedFrequencyClaims(text, raw.article.data)) {
      problems.push({
        file,
        path,
        message: `"${claim.word}" claims how common something is ("…${claim.excerpt}…") and the article does not say so here; rewrite without it, or quote the article's own words`,
      });
    }
  };
  const jsonFiles = [...raw.roles, raw.skills, raw.glossary, raw.certifications, raw.advice, raw.guides];
  for (const file of jsonFiles) for (const { path, text } of proseStrings(file.data)) report(file.file, path, text);
  for (const guide of raw.guideSources) {
    // Component tags are markup, not prose; the words a reader sees stay.
    guide.data.split('\n').forEach((line, i) => report(guide.file, `line ${i + 1}`, line.replace(/<[^>]+>/g, ' ')));
  }
}

/**
 * Validates every content file and every reference between them, collecting all problems at once
 * so an author fixes them in one pass. Returns content only when there are no problems.
 */
export function validateContent(raw: RawContent): { content: Content | null; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];

  const roleEntries = raw.roles.map((file) => ({ file, role: parseWith(roleSchema, file, problems) }));
  const skills = parseWith(skillsFileSchema, raw.skills, problems) ?? [];
  const glossary = parseWith(glossaryFileSchema, raw.glossary, problems) ?? [];
  const certifications = parseWith(certificationsFileSchema, raw.certifications, problems) ?? [];
  const advice = parseWith(adviceFileSchema, raw.advice, problems) ?? [];
  const guides = parseWith(guidesFileSchema, raw.guides, problems) ?? [];

  const parsedRoles = roleEntries.filter((e): e is { file: RawFile; role: Role } => e.role !== undefined);
  reportDuplicates(parsedRoles.map((e) => e.role), (i) => parsedRoles[i]?.file.file ?? '', '', problems);
  reportDuplicates(skills, () => raw.skills.file, '', problems);
  reportDuplicates(glossary, () => raw.glossary.file, '', problems);
  reportDuplicates(certifications, () => raw.certifications.file, '', problems);
  reportDuplicates(guides, () => raw.guides.file, '', problems);
  reportAliasClashes(
    parsedRoles.map(({ role }) => ({ slug: role.slug, name: role.title, aliases: role.aliases })),
    (index, i) => ({ file: parsedRoles[index]?.file.file ?? '', path: `aliases[${i}]` }),
    problems,
  );
  reportAliasClashes(skills, (index, i) => ({ file: raw.skills.file, path: `[${index}].aliases[${i}]` }), problems);

  // Slugs come from the raw files too, so one role with a schema error does not make every
  // reference to it look broken as well.
  const rawSlug = (data: unknown) =>
    typeof data === 'object' && data !== null && typeof (data as { slug?: unknown }).slug === 'string' ? (data as { slug: string }).slug : undefined;
  const roleSlugs = raw.roles.map((f) => rawSlug(f.data)).filter((s): s is string => s !== undefined);
  const skillSlugs = skills.map((s) => s.slug);
  const termSlugs = glossary.map((t) => t.slug);
  const certificationSlugs = certifications.map((c) => c.slug);

  for (const { file, role } of parsedRoles) {
    const at = (path: string, message: string) => problems.push({ file: file.file, path, message });
    const expectedName = file.file.split('/').pop()?.replace(/\.json$/, '');
    if (expectedName !== role.slug) at('slug', `slug "${role.slug}" must match the file name "${expectedName}.json"`);
    role.growth.forEach((edge, i) => {
      if (edge.to === role.slug) at(`growth[${i}].to`, `a role cannot grow into itself ("${edge.to}"); remove this edge`);
      else if (!roleSlugs.includes(edge.to)) at(`growth[${i}].to`, unknownReference('role', edge.to, roleSlugs));
    });
    role.skills.forEach((s, i) => {
      if (!skillSlugs.includes(s.skill)) at(`skills[${i}].skill`, unknownReference('skill', s.skill, skillSlugs));
      if (s.defining && !s.key) at(`skills[${i}].defining`, `"${s.skill}" is marked defining but not key; a defining skill must also be "key": true`);
      if (s.levelSource !== undefined && !articleContains(raw.article.data, s.levelSource)) {
        at(`skills[${i}].levelSource`, `"${s.levelSource}" is not in the article (${raw.article.file}); copy the phrase word for word`);
      }
      if (role.level === 'entry' && s.level === 'strong' && s.levelSource === undefined) {
        at(
          `skills[${i}].level`,
          `entry-level role asks for "strong" ${s.skill}; entry roles ask for at most "working" unless the article asks for more: lower it to "working", or add "levelSource" with the article's words`,
        );
      }
    });
    const quoted = (path: string, source: Provenance | undefined) => {
      if (source && 'article' in source && !articleContains(raw.article.data, source.article)) {
        const closest = closestArticleClause(raw.article.data, source.article);
        at(`${path}.article`, `"${source.article}" is not in the article; copy a fragment word for word${closest ? ` (closest: "${closest.slice(0, 100)}")` : ''}`);
      }
    };
    role.skills.forEach((s, i) => {
      if (s.key && !s.source) at(`skills[${i}].source`, `key skill "${s.skill}" needs a source: { "article": "<the words naming it for this role>" } or { "editorial": "<why this guide treats it as key>" }`);
      quoted(`skills[${i}].source`, s.source);
    });
    if (!role.levelSource) at('levelSource', `say why "${role.level}" is this role's rung: { "article": "<the words placing it>" } or { "editorial": "<this guide's reason>" }`);
    quoted('levelSource', role.levelSource);
    role.reach.forEach((statement, i) => {
      if (statement.to === role.slug) at(`reach[${i}].to`, `a role cannot lead to itself ("${statement.to}"); remove this entry`);
      else if (!roleSlugs.includes(statement.to)) at(`reach[${i}].to`, unknownReference('role', statement.to, roleSlugs));
      quoted(`reach[${i}].source`, statement.source);
    });
    role.growth.forEach((edge, i) => {
      if (!edge.source) at(`growth[${i}].source`, `the move to "${edge.to}" needs a source: { "article": "<the words naming this move>" } or { "editorial": "<why this guide suggests it>" }`);
      quoted(`growth[${i}].source`, edge.source);
    });
    for (const [list, sourcesField] of [
      ['metrics', 'metricSources'],
      ['certifications', 'certificationSources'],
    ] as const) {
      const sources = role[sourcesField] ?? {};
      role[list].forEach((slug, i) => {
        if (!sources[slug]) at(`${sourcesField}.${slug}`, `${list}[${i}] "${slug}" needs a source: { "article": "<words tying it to this work>" } or { "editorial": "<reason>" }`);
      });
      for (const [slug, source] of Object.entries(sources)) {
        if (!role[list].includes(slug)) at(`${sourcesField}.${slug}`, `"${slug}" is not in ${list}; add it there or remove this source`);
        quoted(`${sourcesField}.${slug}`, source);
      }
    }
    if (!role.skills.some((s) => s.defining)) {
      const candidate = role.skills.find((s) => s.key) ?? role.skills[0];
      at(
        'skills',
        `no defining skill; mark what the role is hired for with "defining": true${candidate ? ` (e.g. on "${candidate.skill}"${candidate.key ? '' : ', also making it "key": true'})` : ''}`,
      );
    }
    role.duties.forEach((duty, i) =>
      duty.builds.forEach((slug, j) => {
        if (!skillSlugs.includes(slug)) at(`duties[${i}].builds[${j}]`, unknownReference('skill', slug, skillSlugs));
      }),
    );
    role.metrics.forEach((slug, i) => {
      if (!termSlugs.includes(slug)) at(`metrics[${i}]`, unknownReference('glossary term', slug, termSlugs));
    });
    role.certifications.forEach((slug, i) => {
      if (!certificationSlugs.includes(slug)) at(`certifications[${i}]`, unknownReference('certification', slug, certificationSlugs));
    });
  }

  const fileOf = new Map(parsedRoles.map((e) => [e.role.slug, e.file.file]));
  for (const problem of ladderProblems(parsedRoles.map((e) => e.role))) {
    problems.push({ file: fileOf.get(problem.role) ?? problem.role, path: problem.path, message: problem.message });
  }

  const sourcesBySlug = new Map(raw.guideSources.map((g) => [g.file.split('/').pop()?.replace(/\.mdx$/, '') ?? '', g]));
  guides.forEach((guide, i) => {
    const source = sourcesBySlug.get(guide.slug);
    if (!source) {
      problems.push({ file: raw.guides.file, path: `[${i}].slug`, message: `no MDX file content/guides/${guide.slug}.mdx for guide "${guide.slug}"` });
      return;
    }
    const known = { Role: roleSlugs, Skill: skillSlugs, Term: termSlugs } as const;
    const kindName = { Role: 'role', Skill: 'skill', Term: 'glossary term' } as const;
    for (const ref of guideReferences(source.data)) {
      if (!known[ref.component].includes(ref.slug)) {
        problems.push({ file: source.file, path: `line ${ref.line} <${ref.component} slug>`, message: unknownReference(kindName[ref.component], ref.slug, known[ref.component]) });
      }
    }
  });
  for (const [slug, source] of sourcesBySlug) {
    if (!guides.some((g) => g.slug === slug)) {
      problems.push({ file: source.file, path: '(file)', message: `guide "${slug}" is not listed in ${raw.guides.file}; add its title and summary there` });
    }
  }

  reportFrequencyClaims(raw, problems);

  if (problems.length > 0) return { content: null, problems };
  return {
    content: {
      roles: parsedRoles.map((e) => e.role).sort((a, b) => a.title.localeCompare(b.title)),
      skills,
      glossary,
      certifications,
      advice,
      guides: guides.map((g) => ({ ...g, source: sourcesBySlug.get(g.slug)?.data ?? '' })),
    },
    problems,
  };
}
