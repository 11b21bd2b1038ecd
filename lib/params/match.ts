import type { SkillLevel } from '../content/schemas';
import { skillAliases } from '../content/skill-aliases';
import { skillLevels } from '../content/enums';
import { maxBackgrounds } from '../backgrounds';
import { defaultSkillLevel, type HeldSkill } from '../match';
import type { MatchCatalogue } from '../match-data';
import { knownSlug, quote, unknownSlugNotice, type Parsed, type SearchParams } from './shared';

/*
 * The match page's URL, a contract counselors share:
 *
 *   /match?skills=communication:strong,empathy&tasks=team-leader.1,trainer.0&from=customer-service-representative&target=team-leader
 *
 * - skills: skill slugs, comma-separated, each optionally suffixed with `:basic`, `:working` or
 *   `:strong` for the level held; no suffix means working. It may also be repeated
 *   (`skills=a&skills=b:strong`), because the page's form sends one checkbox each; comma lists
 *   and repeats combine.
 *   A retired skill (lib/content/skill-aliases.ts, e.g. `industry-knowledge`) stands for the skills
 *   that replaced it, at its level, with a notice, so links shared before the split keep working.
 * - tasks: tasks the person has done, comma-separated, each `<role-slug>.<duty-index>` (the role's
 *   duty, 0-based, in content order; see lib/tasks.ts). Their skills join the selection, and the
 *   role a task is listed under counts as experience. Repeats combine, as for `skills`, because the
 *   page's form sends one checkbox each.
 * - from: one role slug, the role the person has now (same meaning as on /paths). It counts as
 *   experience: its skills are held at its levels and the roles one move from it open up.
 * - target: one role slug; the page then shows the gap to that role.
 * - background: up to three past jobs outside BPO (content/backgrounds), comma-separated or
 *   repeated (added later). Each fills in the skills it builds, at its levels, credited to it; a
 *   skill also in `skills` keeps the level given there. A background is never a role held: it opens
 *   entry roles and the entry points its content names, nothing else.
 * - without: skills a background fills in that the person does not have (added later), so taking
 *   one off is a link too. Skills no named background builds are ignored.
 * Unknown entries are dropped with a notice; every other parameter is ignored.
 */

export interface MatchState {
  skills: HeldSkill[];
  tasks: string[];
  from: string | undefined;
  target: string | undefined;
  /** Past jobs (`background=`); left out when none, so a link without one reads as it always did. */
  backgrounds?: string[];
  /** Skills taken off a background (`without=`); left out when none. */
  without?: string[];
}

/** Longest list value read (all repeats together); a full catalogue with levels fits well within it. */
const maxListLength = 3000;
/** Most entries kept from one list, well above the catalogue's size, so junk cannot make work grow. */
const maxListEntries = 100;

export const emptyMatchState: MatchState = { skills: [], tasks: [], from: undefined, target: undefined };

/**
 * Entries of a list parameter given as a comma list, as repeated values, or both, cut to
 * maxListLength characters and maxListEntries entries with a notice.
 */
export function listEntries(params: SearchParams, name: string): Parsed<string[]> {
  const raw = params[name];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const notices: string[] = [];
  let joined = values.join(',');
  if (joined.length > maxListLength) {
    notices.push(`“${name}” was too long and has been shortened.`);
    joined = joined.slice(0, maxListLength);
  }
  let entries = joined
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length > maxListEntries) {
    notices.push(`“${name}” had too many entries; only the first ${maxListEntries} were read.`);
    entries = entries.slice(0, maxListEntries);
  }
  return { value: entries, notices };
}

/** Most notices about unknown entries shown per list; the rest are counted in one line. */
const maxUnknownNotices = 5;

/** Collects notices about unknown entries of one list, naming the first few and counting the rest. */
export function unknownEntryNotices(name: string) {
  const notices: string[] = [];
  const seen = new Set<string>();
  let unnamed = 0;
  return {
    /** Notes an unknown entry once, however often it is repeated. */
    add(entry: string, makeNotice: () => string) {
      if (seen.has(entry)) return;
      seen.add(entry);
      if (notices.length < maxUnknownNotices) notices.push(makeNotice());
      else unnamed++;
    },
    list(): string[] {
      return unnamed ? [...notices, `${unnamed} more unknown entr${unnamed === 1 ? 'y' : 'ies'} in “${name}” were left out.`] : notices;
    },
  };
}

function isSkillLevel(value: string): value is SkillLevel {
  return (skillLevels as readonly string[]).includes(value);
}

function parseSkills(params: SearchParams, known: readonly string[]): Parsed<HeldSkill[]> {
  const { value: entries, notices } = listEntries(params, 'skills');
  const unknown = unknownEntryNotices('skills');
  const skills: HeldSkill[] = [];
  for (const entry of entries) {
    const [rawSlug = '', rawLevel, ...extra] = entry.toLowerCase().split(':');
    const replacements = Object.hasOwn(skillAliases, rawSlug) ? skillAliases[rawSlug]!.filter((slug) => known.includes(slug)) : [];
    if (replacements.length > 0) {
      const level = rawLevel !== undefined && extra.length === 0 && isSkillLevel(rawLevel) ? rawLevel : defaultSkillLevel;
      for (const skill of replacements) if (!skills.some((s) => s.skill === skill)) skills.push({ skill, level });
      unknown.add(rawSlug, () => splitSkillNotice(rawSlug, replacements));
      continue;
    }
    if (!known.includes(rawSlug)) {
      unknown.add(rawSlug, () => unknownSlugNotice(rawSlug, known, 'skill'));
      continue;
    }
    let level = defaultSkillLevel;
    if (rawLevel !== undefined && extra.length === 0 && isSkillLevel(rawLevel)) {
      level = rawLevel;
    } else if (rawLevel !== undefined) {
      unknown.add(entry, () => `${quote(entry)} has no level we know (basic, working or strong); working was assumed.`);
    }
    // A skill listed twice keeps its first level.
    if (!skills.some((s) => s.skill === rawSlug)) skills.push({ skill: rawSlug, level });
  }
  return { value: skills, notices: [...notices, ...unknown.list()] };
}

function splitSkillNotice(retired: string, replacements: readonly string[]): string {
  const list = replacements.length > 1 ? `${replacements.slice(0, -1).join(', ')} and ${replacements.at(-1)}` : replacements.join('');
  return `The skill ${quote(retired)} has been split into ${list}; all of them were picked from this link, so remove the ones that do not apply.`;
}

/**
 * The entries of a list parameter that name something known: lower-cased, each once, in the order
 * given, with a notice for each unknown one. `keep` drops known entries that do not apply here;
 * `limit` cuts the list, saying so.
 */
function knownEntries(
  params: SearchParams,
  name: string,
  known: readonly string[],
  unknownNotice: (entry: string) => string,
  { keep, limit }: { keep?: (slug: string) => boolean; limit?: { max: number; notice: string } } = {},
): Parsed<string[]> {
  const { value: entries, notices } = listEntries(params, name);
  const unknown = unknownEntryNotices(name);
  const value: string[] = [];
  for (const entry of entries) {
    const slug = entry.toLowerCase();
    if (!known.includes(slug)) unknown.add(slug, () => unknownNotice(entry));
    else if ((keep?.(slug) ?? true) && !value.includes(slug)) value.push(slug);
  }
  if (limit && value.length > limit.max) {
    notices.push(limit.notice);
    value.length = limit.max;
  }
  return { value, notices: [...notices, ...unknown.list()] };
}

function parseTasks(params: SearchParams, known: readonly string[]): Parsed<string[]> {
  return knownEntries(params, 'tasks', known, (entry) => `There is no task called ${quote(entry)}.`);
}

function parseBackgrounds(params: SearchParams, known: readonly string[]): Parsed<string[]> {
  return knownEntries(params, 'background', known, (entry) => unknownSlugNotice(entry, known, 'background'), {
    limit: { max: maxBackgrounds, notice: `Only ${maxBackgrounds} backgrounds can be used at once; the rest were left out.` },
  });
}

/** Skills taken off the named backgrounds; one no named background builds has nothing to take off. */
function parseWithout(params: SearchParams, built: readonly string[], skills: readonly string[]): Parsed<string[]> {
  return knownEntries(params, 'without', skills, (entry) => unknownSlugNotice(entry, skills, 'skill'), { keep: (slug) => built.includes(slug) });
}

/** Reads the match page's parameters: the clean state plus notices for anything dropped. */
export function parseMatchParams(params: SearchParams, known: MatchCatalogue): Parsed<MatchState> {
  const skills = parseSkills(params, known.skills);
  const tasks = parseTasks(params, known.tasks);
  const from = knownSlug(params, 'from', known.roles, 'role');
  const target = knownSlug(params, 'target', known.roles, 'role');
  const catalogue = known.backgrounds ?? [];
  const backgrounds = parseBackgrounds(
    params,
    catalogue.map((b) => b.slug),
  );
  const built = catalogue.filter((b) => backgrounds.value.includes(b.slug)).flatMap((b) => b.skills.map((s) => s.skill));
  const without = parseWithout(params, built, known.skills);
  return {
    value: {
      skills: skills.value,
      tasks: tasks.value,
      from: from.value,
      target: target.value,
      ...(backgrounds.value.length ? { backgrounds: backgrounds.value } : {}),
      ...(without.value.length ? { without: without.value } : {}),
    },
    notices: [...new Set([...skills.notices, ...tasks.notices, ...from.notices, ...target.notices, ...backgrounds.notices, ...without.notices])],
  };
}

/** One skill as written in the URL: the slug, with a level suffix unless it is the default. */
export function encodeHeldSkill({ skill, level }: HeldSkill): string {
  return level === defaultSkillLevel ? skill : `${skill}:${level}`;
}

/**
 * The query string (without "?") for a state, in the documented format. Slugs, levels and task ids
 * are all [a-z0-9.:-], so nothing needs percent-encoding and shared links stay readable.
 */
export function matchQuery(state: MatchState): string {
  const parts: string[] = [];
  if (state.skills.length) parts.push(`skills=${state.skills.map(encodeHeldSkill).join(',')}`);
  if (state.tasks.length) parts.push(`tasks=${state.tasks.join(',')}`);
  if (state.from) parts.push(`from=${state.from}`);
  if (state.backgrounds?.length) parts.push(`background=${state.backgrounds.join(',')}`);
  if (state.without?.length) parts.push(`without=${state.without.join(',')}`);
  if (state.target) parts.push(`target=${state.target}`);
  return parts.join('&');
}

/** The address of the match page for a state (any part may be left out); the reverse of parseMatchParams. */
export function matchHref(state: Partial<MatchState> = {}): string {
  const query = matchQuery({ ...emptyMatchState, ...state });
  return query ? `/match?${query}` : '/match';
}

/** A query string as the SearchParams record pages receive, repeats kept (for restoring a saved state). */
export function searchParamsFromQuery(query: string): SearchParams {
  // No prototype, so a parameter named __proto__ is just a key.
  const params: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of new URLSearchParams(query)) {
    const previous = params[name];
    params[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return params;
}
