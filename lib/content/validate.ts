import type { z } from 'zod';
import { foldWords } from '../name-match';
import { closestSlug } from '../suggest';
import { articleFingerprintSchema, articleIndex, type ArticleFingerprint } from './fingerprint';
import { ladderProblems } from './ladder';
import { ruleLevel } from './level-rule';
import { ownWordsProblems } from './own-words';
import { guideProse, jsonProse } from './prose';
import {
  adviceFileSchema,
  backgroundSchema,
  certificationsFileSchema,
  glossaryFileSchema,
  guidesFileSchema,
  roleSchema,
  skillsFileSchema,
  type Background,
  type Content,
  type OccupationCodes,
  type Role,
} from './schemas';
import { occupationFits } from './enums';
import { alphabetical } from '../alphabetical';

/** One content file as read from disk: JSON already parsed, MDX as text. */
export interface RawFile<T = unknown> {
  file: string;
  data: T;
}

export interface RawContent {
  roles: RawFile[];
  backgrounds: RawFile[];
  skills: RawFile;
  glossary: RawFile;
  certifications: RawFile;
  advice: RawFile;
  guides: RawFile;
  guideSources: RawFile<string>[];
  /** The source article's fingerprint and citation: every quote is checked against it. */
  fingerprint: RawFile;
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

function parseWith<S extends z.ZodType>(schema: S, raw: RawFile, problems: ContentProblem[], prefix = ''): z.infer<S> | undefined {
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
    else
      problems.push({
        file: file(index),
        path: `${prefix}${prefix ? `[${index}]` : ''}${prefix ? '.' : ''}slug`,
        message: `duplicate slug "${item.slug}" (first defined in ${file(first)}); slugs must be unique`,
      });
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
  items.forEach((item, index) => {
    item.aliases.forEach((alias, i) => {
      const words = foldWords(alias);
      const other = owner.get(words);
      if (other !== undefined && other !== item.slug) {
        problems.push({ ...at(index, i), message: `"${alias}" already leads to "${other}"; an alias must lead to one place` });
      } else owner.set(words, item.slug);
    });
  });
}

// Guide MDX links to roles, skills and glossary terms as components, e.g. <Role slug="team-leader" />.
const guideReferencePattern = /<(Role|Skill|Term)\s+slug=["']([^"']*)["']/g;

function guideReferences(source: string): { component: 'Role' | 'Skill' | 'Term'; slug: string; line: number }[] {
  const found: { component: 'Role' | 'Skill' | 'Term'; slug: string; line: number }[] = [];
  for (const match of source.matchAll(guideReferencePattern)) {
    const line = source.slice(0, match.index).split('\n').length;
    found.push({ component: match[1] as 'Role' | 'Skill' | 'Term', slug: match[2] ?? '', line });
  }
  return found;
}

const classifications = ['onetSoc', 'isco08', 'esco'] as const;

/** A role or past job lives in the file named by its slug, so its address and its file agree. */
function reportFileNameProblem(file: string, slug: string, at: (path: string, message: string) => void): void {
  const expectedName = file
    .split('/')
    .pop()
    ?.replace(/\.json$/, '');
  if (expectedName !== slug) at('slug', `slug "${slug}" must match the file name "${expectedName}.json"`);
}

/**
 * Checks what the schema cannot see alone: codes are present (roles and backgrounds need them),
 * each list has the closest first, and no code is listed twice.
 */
function reportOccupationProblems(occupations: OccupationCodes | undefined, at: (path: string, message: string) => void) {
  if (!occupations) {
    at(
      'occupations',
      'no standard occupation codes; add "occupations" with the closest O*NET-SOC 2019 and ISCO-08 codes and how well each fits (occupationCodesSchema in lib/content/schemas.ts), e.g. { "onetSoc": [{ "code": "43-4051.00", "title": "Customer Service Representatives", "fit": "exact" }], "isco08": [...] }',
    );
    return;
  }
  for (const classification of classifications) {
    const entries = occupations[classification];
    entries.forEach((entry, i) => {
      const previous = entries[i - 1];
      if (previous && occupationFits.indexOf(entry.fit) < occupationFits.indexOf(previous.fit)) {
        at(
          `occupations.${classification}[${i}].fit`,
          `"${entry.code}" fits better ("${entry.fit}") than "${previous.code}" before it ("${previous.fit}"); list the closest first`,
        );
      }
      if (entries.findIndex((e) => e.code === entry.code) < i) at(`occupations.${classification}[${i}].code`, `"${entry.code}" is listed twice; keep one`);
    });
  }
}

/**
 * Quotes must be the article's words; the rest must be our own, without claims of how common
 * something is. Checked over every JSON string and every guide line.
 */
function reportOwnWords(raw: RawContent, fingerprint: ArticleFingerprint, problems: ContentProblem[]) {
  const jsonFiles = [...raw.roles, ...raw.backgrounds, raw.skills, raw.glossary, raw.certifications, raw.advice, raw.guides];
  const segments = [
    ...jsonFiles.flatMap((file) => jsonProse(file.file, file.data)),
    ...raw.guideSources.flatMap((guide) => guideProse(guide.file, guide.data)),
  ];
  problems.push(...ownWordsProblems(segments, articleIndex(fingerprint)));
}

/**
 * Validates every content file and every reference between them, collecting all problems at once
 * so an author fixes them in one pass. Returns content only when there are no problems.
 */
export function validateContent(raw: RawContent): { content: Content | null; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];

  const roleEntries = raw.roles.map((file) => ({ file, role: parseWith(roleSchema, file, problems) }));
  const backgroundEntries = raw.backgrounds.map((file) => ({ file, background: parseWith(backgroundSchema, file, problems) }));
  const skills = parseWith(skillsFileSchema, raw.skills, problems) ?? [];
  const glossary = parseWith(glossaryFileSchema, raw.glossary, problems) ?? [];
  const certifications = parseWith(certificationsFileSchema, raw.certifications, problems) ?? [];
  const advice = parseWith(adviceFileSchema, raw.advice, problems) ?? [];
  const guides = parseWith(guidesFileSchema, raw.guides, problems) ?? [];
  const fingerprint = parseWith(articleFingerprintSchema, raw.fingerprint, problems);

  const parsedRoles = roleEntries.filter((e): e is { file: RawFile; role: Role } => e.role !== undefined);
  reportDuplicates(
    parsedRoles.map((e) => e.role),
    (i) => parsedRoles[i]?.file.file ?? '',
    '',
    problems,
  );
  const parsedBackgrounds = backgroundEntries.filter((e): e is { file: RawFile; background: Background } => e.background !== undefined);
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
    reportFileNameProblem(file.file, role.slug, at);
    reportOccupationProblems(role.occupations, at);
    role.growth.forEach((edge, i) => {
      if (edge.to === role.slug) at(`growth[${i}].to`, `a role cannot grow into itself ("${edge.to}"); remove this edge`);
      else if (!roleSlugs.includes(edge.to)) at(`growth[${i}].to`, unknownReference('role', edge.to, roleSlugs));
    });
    role.skills.forEach((s, i) => {
      if (!skillSlugs.includes(s.skill)) at(`skills[${i}].skill`, unknownReference('skill', s.skill, skillSlugs));
      if (s.defining && !s.key) at(`skills[${i}].defining`, `"${s.skill}" is marked defining but not key; a defining skill must also be "key": true`);
      const rule = ruleLevel(role.level, s);
      if (s.level !== rule && !s.levelSource) {
        at(
          `skills[${i}].level`,
          `"${s.level}" ${s.skill} departs from the level rule, which gives a ${role.level}-level role "${rule}" here (${s.key ? 'a key skill' : 'not a key skill'}); follow the rule, or add "levelSource": { "article": "<words asking for this level>" } or { "editorial": "<why this guide asks it>" }`,
        );
      }
      if (s.level === rule && s.levelSource) {
        at(
          `skills[${i}].levelSource`,
          `"${s.level}" is what the level rule gives ${s.skill} here; remove levelSource, which is for levels that depart from the rule`,
        );
      }
    });
    role.skills.forEach((s, i) => {
      if (s.key && !s.source)
        at(
          `skills[${i}].source`,
          `key skill "${s.skill}" needs a source: { "article": "<the words naming it for this role>" } or { "editorial": "<why this guide treats it as key>" }`,
        );
    });
    if (!role.levelSource)
      at('levelSource', `say why "${role.level}" is this role's rung: { "article": "<the words placing it>" } or { "editorial": "<this guide's reason>" }`);
    role.reach.forEach((statement, i) => {
      if (statement.to === role.slug) at(`reach[${i}].to`, `a role cannot lead to itself ("${statement.to}"); remove this entry`);
      else if (!roleSlugs.includes(statement.to)) at(`reach[${i}].to`, unknownReference('role', statement.to, roleSlugs));
    });
    role.growth.forEach((edge, i) => {
      if (!edge.source)
        at(
          `growth[${i}].source`,
          `the move to "${edge.to}" needs a source: { "article": "<the words naming this move>" } or { "editorial": "<why this guide suggests it>" }`,
        );
    });
    for (const [list, sourcesField] of [
      ['metrics', 'metricSources'],
      ['certifications', 'certificationSources'],
    ] as const) {
      const sources = role[sourcesField] ?? {};
      role[list].forEach((slug, i) => {
        if (!sources[slug])
          at(
            `${sourcesField}.${slug}`,
            `${list}[${i}] "${slug}" needs a source: { "article": "<words tying it to this work>" } or { "editorial": "<reason>" }`,
          );
      });
      for (const slug of Object.keys(sources)) {
        if (!role[list].includes(slug)) at(`${sourcesField}.${slug}`, `"${slug}" is not in ${list}; add it there or remove this source`);
      }
    }
    if (!role.skills.some((s) => s.defining)) {
      const candidate = role.skills.find((s) => s.key) ?? role.skills[0];
      at(
        'skills',
        `no defining skill; mark what the role is hired for with "defining": true${candidate ? ` (e.g. on "${candidate.skill}"${candidate.key ? '' : ', also making it "key": true'})` : ''}`,
      );
    }
    role.duties.forEach((duty, i) => {
      duty.builds.forEach((slug, j) => {
        if (!skillSlugs.includes(slug)) at(`duties[${i}].builds[${j}]`, unknownReference('skill', slug, skillSlugs));
      });
    });
    role.metrics.forEach((slug, i) => {
      if (!termSlugs.includes(slug)) at(`metrics[${i}]`, unknownReference('glossary term', slug, termSlugs));
    });
    role.certifications.forEach((slug, i) => {
      if (!certificationSlugs.includes(slug)) at(`certifications[${i}]`, unknownReference('certification', slug, certificationSlugs));
    });
  }

  const levelOfRole = new Map(parsedRoles.map((e) => [e.role.slug, e.role.level]));
  for (const { file, background } of parsedBackgrounds) {
    const at = (path: string, message: string) => problems.push({ file: file.file, path, message });
    reportFileNameProblem(file.file, background.slug, at);
    reportOccupationProblems(background.occupations, at);
    const built = background.skills.map((s) => s.skill);
    background.skills.forEach((s, i) => {
      if (!skillSlugs.includes(s.skill)) at(`skills[${i}].skill`, unknownReference('skill', s.skill, skillSlugs));
      if (built.indexOf(s.skill) < i) at(`skills[${i}].skill`, `"${s.skill}" is listed twice; keep one, at the level the job builds`);
      // Its quote is checked against the article with every other quote (reportOwnWords).
    });
    background.duties.forEach((duty, i) => {
      duty.builds.forEach((slug, j) => {
        if (!skillSlugs.includes(slug)) at(`duties[${i}].builds[${j}]`, unknownReference('skill', slug, skillSlugs));
        else if (!built.includes(slug))
          at(`duties[${i}].builds[${j}]`, `"${slug}" is not among this job's skills; add it to "skills" with a level and a reason, or build one of them`);
      });
    });
    background.entryPoints.forEach((entry, i) => {
      const level = levelOfRole.get(entry.role);
      if (!roleSlugs.includes(entry.role)) at(`entryPoints[${i}].role`, unknownReference('role', entry.role, roleSlugs));
      else if (level === 'entry')
        at(`entryPoints[${i}].role`, `"${entry.role}" is an entry role, which every past job opens already; list only a role above entry level`);
      else if (level !== undefined && level !== 'mid') {
        at(
          `entryPoints[${i}].role`,
          `"${entry.role}" is ${level} level; a past job can open at most the rung above entry (mid level), and the moves from there lead further`,
        );
      }
    });
  }
  reportDuplicates(
    parsedBackgrounds.map((e) => e.background),
    (i) => parsedBackgrounds[i]?.file.file ?? '',
    '',
    problems,
  );
  const fileOf = new Map(parsedRoles.map((e) => [e.role.slug, e.file.file]));
  for (const problem of ladderProblems(parsedRoles.map((e) => e.role))) {
    problems.push({ file: fileOf.get(problem.role) ?? problem.role, path: problem.path, message: problem.message });
  }

  const sourcesBySlug = new Map(
    raw.guideSources.map((g) => [
      g.file
        .split('/')
        .pop()
        ?.replace(/\.mdx$/, '') ?? '',
      g,
    ]),
  );
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
        problems.push({
          file: source.file,
          path: `line ${ref.line} <${ref.component} slug>`,
          message: unknownReference(kindName[ref.component], ref.slug, known[ref.component]),
        });
      }
    }
  });
  for (const [slug, source] of sourcesBySlug) {
    if (!guides.some((g) => g.slug === slug)) {
      problems.push({ file: source.file, path: '(file)', message: `guide "${slug}" is not listed in ${raw.guides.file}; add its title and summary there` });
    }
  }

  if (fingerprint) reportOwnWords(raw, fingerprint, problems);

  if (problems.length > 0 || !fingerprint) return { content: null, problems };
  return {
    content: {
      article: { title: fingerprint.title, publisher: fingerprint.publisher, address: fingerprint.address },
      roles: parsedRoles.map((e) => e.role).sort((a, b) => alphabetical(a.title, b.title)),
      backgrounds: parsedBackgrounds.map((e) => e.background).sort((a, b) => alphabetical(a.title, b.title)),
      skills,
      glossary,
      certifications,
      advice,
      guides: guides.map((g) => ({ ...g, source: sourcesBySlug.get(g.slug)?.data ?? '' })),
    },
    problems,
  };
}
