import { roleLevelRank, skillLevels, skillLevelValue } from './content/enums';
import type { LevelBasis } from './content/level-rule';
import type { Growth, Level, MoveKind, Role, RoleSkill, Skill, SkillLevel } from './content/schemas';
import { buildRoleGraph, growthTargets, type RoleGraph } from './graph';
import { shortestRoute } from './paths';
import { skillsFromTasks, type Task } from './tasks';

// Skill matching, the way a counselor talks: which roles a person could apply for now, which they
// could grow into and by which route, what each role is hired for and whether they have it, and the
// skill worth learning next. Pure and small on purpose: the match page runs it in the browser, on a
// compact projection of the content (lib/match-data.ts), as well as on the server. Browser code
// imports this module, so it takes only type imports from the content schemas (zod stays out).

/** A skill the person holds, at the level they rate it. */
export interface HeldSkill {
  skill: string;
  level: SkillLevel;
}

/**
 * A skill a role needs, as the match reads it. `levelFrom` is set where the level departs from the
 * level rule (lib/content/level-rule.ts): the article asks for it, or this guide does.
 */
export type MatchRoleSkill = Pick<RoleSkill, 'skill' | 'level' | 'key' | 'defining'> & { levelFrom?: Exclude<LevelBasis, 'rule'> };

/** The slice of a role the ranking needs; the page sends the browser only this (plus growth). */
export type MatchRole = Pick<Role, 'slug' | 'title' | 'level'> & { skills: readonly MatchRoleSkill[] };
/** The slice of a skill the ranking needs. */
export type MatchSkill = Pick<Skill, 'slug' | 'name' | 'kind'>;

/** How one required skill counted towards a role's score. */
export interface SkillContribution {
  skill: string;
  name: string;
  needed: SkillLevel;
  /** Where the level needed comes from: the level rule, or the article or this guide departing from it. */
  neededFrom: LevelBasis;
  /** The level held, or undefined when the skill is missing. */
  held: SkillLevel | undefined;
  key: boolean;
  /** What the role is hired for: these skills make up half of the score and gate a strong match. */
  defining: boolean;
  core: boolean;
  weight: number;
  /** Points earned (weight × credit in sixths); `possible` is what full credit would earn. */
  earned: number;
  possible: number;
}

/** Points earned against points possible, for one half of the score. */
export interface ScorePart {
  earned: number;
  possible: number;
}

export interface RoleMatch {
  slug: string;
  title: string;
  level: Level;
  /**
   * 0 to 100: half for what the role is hired for (its defining skills), half for the rest of its
   * skills, each as points earned over points possible; rounded down, never up into a better band.
   * A role whose skills are all defining is scored on them alone.
   */
  score: number;
  defining: ScorePart;
  other: ScorePart;
  /** True when the score reaches strongMatchScore and no defining skill is missing. */
  strong: boolean;
  /** Every required skill with its points, in the role's own order: the explanation of the score. */
  contributions: SkillContribution[];
  /** Required skills held at any level (a lower level counts in part). */
  matched: SkillContribution[];
  /** Required skills not held at all. */
  missing: SkillContribution[];
  /** Defining skills not held at all: while any remain the role is neither strong nor open to apply for. */
  missingDefining: SkillContribution[];
}

/** Score at or above which a role counts as a strong match, when its defining skills are all held. */
export const strongMatchScore = 70;

/** The level a skill counts at when none is given (URL without a suffix, a skill built by a task). */
export const defaultSkillLevel: SkillLevel = 'working';

/**
 * Weight of one required skill within its half of the score: 1, plus 2 when the skill is key to the
 * role, plus 1 when it is one of the article's seven core skills (every BPO role draws on them, so
 * they carry over from any start). A key core skill weighs 4, a plain role-specific one 1.
 */
export function skillWeight(key: boolean, core: boolean): number {
  return 1 + (key ? 2 : 0) + (core ? 1 : 0);
}

/**
 * Credit for a skill, in sixths so every ratio of levels is a whole number: held/needed with
 * basic=1, working=2, strong=3, capped at 1 (holding more than a role needs earns nothing extra).
 */
export function levelCreditInSixths(held: SkillLevel | undefined, needed: SkillLevel): number {
  if (held === undefined) return 0;
  return Math.min(6, (6 * skillLevelValue(held)) / skillLevelValue(needed));
}

function levelsBySkill(held: readonly HeldSkill[]): Map<string, SkillLevel> {
  const levels = new Map<string, SkillLevel>();
  // A skill listed twice counts at its higher level.
  for (const { skill, level } of held) {
    const previous = levels.get(skill);
    if (previous === undefined || skillLevelValue(level) > skillLevelValue(previous)) levels.set(skill, level);
  }
  return levels;
}

function sumPart(contributions: readonly SkillContribution[]): ScorePart {
  let earned = 0;
  let possible = 0;
  for (const c of contributions) {
    earned += c.earned;
    possible += c.possible;
  }
  return { earned, possible };
}

/**
 * The score from its two halves, in whole-number arithmetic so the page can show the same sum:
 * floor(50 × defining earned/possible + 50 × other earned/possible). Each half is a share of the
 * role's own needs, so a short list of skills earns no bonus over a long one: the half a person
 * cannot reach without the defining skills stays out of reach however few other skills there are.
 */
export function combineScore(defining: ScorePart, other: ScorePart): number {
  if (defining.possible === 0 && other.possible === 0) return 0;
  if (other.possible === 0) return Math.floor((100 * defining.earned) / defining.possible);
  if (defining.possible === 0) return Math.floor((100 * other.earned) / other.possible);
  return Math.floor((50 * (defining.earned * other.possible + other.earned * defining.possible)) / (defining.possible * other.possible));
}

function scoreRole(role: MatchRole, levels: ReadonlyMap<string, SkillLevel>, skillsBySlug: ReadonlyMap<string, MatchSkill>): RoleMatch {
  const contributions = role.skills.map((required): SkillContribution => {
    const skill = skillsBySlug.get(required.skill);
    const core = skill?.kind === 'core';
    const weight = skillWeight(required.key, core);
    const held = levels.get(required.skill);
    return {
      skill: required.skill,
      name: skill?.name ?? required.skill,
      needed: required.level,
      neededFrom: required.levelFrom ?? 'rule',
      held,
      key: required.key,
      defining: required.defining === true,
      core,
      weight,
      earned: weight * levelCreditInSixths(held, required.level),
      possible: weight * 6,
    };
  });
  const defining = sumPart(contributions.filter((c) => c.defining));
  const other = sumPart(contributions.filter((c) => !c.defining));
  const score = combineScore(defining, other);
  const missing = contributions.filter((c) => c.held === undefined);
  const missingDefining = missing.filter((c) => c.defining);
  return {
    slug: role.slug,
    title: role.title,
    level: role.level,
    score,
    defining,
    other,
    strong: score >= strongMatchScore && missingDefining.length === 0,
    contributions,
    matched: contributions.filter((c) => c.held !== undefined),
    missing,
    missingDefining,
  };
}

/**
 * Best fit first: roles whose defining skills are all held, then the higher score; ties go to the
 * more junior role (a start is easier to get), then by title.
 */
export function compareMatches(
  a: Pick<RoleMatch, 'score' | 'level' | 'title' | 'missingDefining'>,
  b: Pick<RoleMatch, 'score' | 'level' | 'title' | 'missingDefining'>,
): number {
  return (
    Number(a.missingDefining.length > 0) - Number(b.missingDefining.length > 0) ||
    b.score - a.score ||
    roleLevelRank(a.level) - roleLevelRank(b.level) ||
    a.title.localeCompare(b.title)
  );
}

/**
 * Every role, ranked by how well the held skills cover what it requires. Each result carries the
 * per-skill points that make up its score, so the explanation a person reads is the score itself.
 */
export function rankRolesBySkills(held: readonly HeldSkill[], roles: readonly MatchRole[], skills: readonly MatchSkill[]): RoleMatch[] {
  const levels = levelsBySkill(held);
  const skillsBySlug = new Map(skills.map((s) => [s.slug, s]));
  return roles.map((role) => scoreRole(role, levels, skillsBySlug)).sort(compareMatches);
}

// ---------------------------------------------------------------------------------------------
// Advice: the two lists, built on the ranking.

/**
 * A growth move as the advice reads it: where it leads, its kind, what it takes, and whether it is
 * this guide's suggestion rather than the article's (so the page can say so).
 */
export type MatchMove = Pick<Growth, 'to' | 'kind' | 'takes'> & { suggested?: true };
/** A role with the growth moves out of it, as the advice needs it. */
export type AdviceRole = MatchRole & { growth: MatchMove[] };

export interface MatchData {
  roles: readonly AdviceRole[];
  skills: readonly MatchSkill[];
  tasks: readonly Task[];
}

/** What a person tells the match: skills by name, tasks they have done, the role they have now. */
export interface MatchInput {
  skills: readonly HeldSkill[];
  tasks: readonly string[];
  /** The role the person has now (same meaning as on /paths): they hold its skills at its levels. */
  from?: string | undefined;
}

/** Where a held skill comes from, for the page to say so. */
export type SkillSource = { kind: 'picked' } | { kind: 'tasks'; tasks: string[] } | { kind: 'current-role'; role: string };

export interface HeldSkillWithSource extends HeldSkill {
  source: SkillSource;
}

/** A role the person could apply for now. */
export interface ApplyOption extends RoleMatch {
  /** Set when the role is one growth move from a role the person has done: that role and the move. */
  via?: { role: string; kind: MoveKind; suggested?: true } | undefined;
}

/** A role to grow into, with the route from the person's best start. */
export interface GrowOption extends RoleMatch {
  /** Roles from the start to this one, both included; empty when no known route leads here. */
  route: string[];
  /** Growth moves along the route. */
  moves: number;
  /**
   * Where the route starts: 0 from the person's best start (the roles they have done or, for a
   * newcomer, the role they fit best now), 1 from another role open to them now, 2 from an entry
   * role they could qualify for, 3 when no known route leads here.
   */
  tier: number;
}

export interface MatchAdvice {
  /** Every skill the match counted, with where it came from; picked ones first. */
  held: HeldSkillWithSource[];
  /** The role the person has now, labelled rather than ranked. */
  current: RoleMatch | undefined;
  /** Roles the person has done: the current one and those whose tasks they ticked. */
  experience: string[];
  applyNow: ApplyOption[];
  growInto: GrowOption[];
}

/**
 * The skills to match on: the ones picked by name (at their rated level), the ones the picked
 * tasks build (at the default level), and the current role's skills at the levels it needs; a
 * skill from several sources counts at its highest level and is credited to the first source.
 */
export function heldSkillsFor(input: MatchInput, data: Pick<MatchData, 'roles' | 'tasks'>): HeldSkillWithSource[] {
  const held = new Map<string, HeldSkillWithSource>();
  const add = (skill: string, level: SkillLevel, source: SkillSource) => {
    const previous = held.get(skill);
    if (!previous) held.set(skill, { skill, level, source });
    else if (skillLevelValue(level) > skillLevelValue(previous.level)) held.set(skill, { ...previous, level });
  };
  for (const { skill, level } of input.skills) add(skill, level, { kind: 'picked' });
  for (const [skill, tasks] of skillsFromTasks(input.tasks, data.tasks)) add(skill, defaultSkillLevel, { kind: 'tasks', tasks: tasks.map((t) => t.text) });
  const current = input.from ? data.roles.find((r) => r.slug === input.from) : undefined;
  for (const { skill, level } of current?.skills ?? []) add(skill, level, { kind: 'current-role', role: current!.slug });
  return [...held.values()];
}

/** The roles a person has done: the current one, then each role whose tasks they ticked. */
export function experienceFor(input: MatchInput, data: Pick<MatchData, 'roles' | 'tasks'>): string[] {
  const known = new Set(data.roles.map((r) => r.slug));
  const done: string[] = input.from && known.has(input.from) ? [input.from] : [];
  const byId = new Map(data.tasks.map((t) => [t.id, t]));
  for (const id of input.tasks) {
    const role = byId.get(id)?.role;
    if (role && known.has(role) && !done.includes(role)) done.push(role);
  }
  return done;
}

/**
 * Lists sort in bands before fit. 0: a step up from where the person stands (for a newcomer, entry
 * roles and the rung above them); 1: sideways or back, at or below the most senior role they have
 * done; 2: above their next rung, so a senior or executive role never sits above the next step.
 */
function rungBand(level: Level, experiencedRank: number): number {
  const rank = roleLevelRank(level);
  const nextRung = Math.max(experiencedRank, 0) + 1;
  return rank > nextRung ? 2 : rank <= experiencedRank ? 1 : 0;
}

/**
 * "BPOs often prioritize internal promotions" (the article): among roles open now, a promotion
 * from the person's experience comes first, then another move from it, then an entry role.
 */
function moveOrder(option: ApplyOption): number {
  return option.via ? (option.via.kind === 'promotion' ? 0 : 1) : 2;
}

interface Reach {
  moves: number;
  start: string;
  /** The role before this one on the route; undefined at a start. */
  previous: string | undefined;
}

/**
 * Multi-source breadth-first search: fewest moves from any of `starts` to every reachable role,
 * with the role before each one, so every route comes out of one pass (O(roles + moves)) instead
 * of one search per role. Like lib/paths.ts shortestRoute, ties go to the growth option listed
 * first in the content, so a route here is the one /paths plans from the same start.
 */
function reachFrom(graph: RoleGraph, starts: readonly string[]): Map<string, Reach> {
  const found = new Map<string, Reach>();
  const queue: string[] = [];
  for (const start of starts) {
    if (found.has(start) || !graph.outgoing.has(start)) continue;
    found.set(start, { moves: 0, start, previous: undefined });
    queue.push(start);
  }
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    const { moves, start } = found.get(current)!;
    for (const next of growthTargets(graph, current)) {
      if (found.has(next)) continue;
      found.set(next, { moves: moves + 1, start, previous: current });
      queue.push(next);
    }
  }
  return found;
}

function routeTo(reach: ReadonlyMap<string, Reach>, slug: string): string[] {
  const route: string[] = [];
  for (let at: string | undefined = slug; at !== undefined; at = reach.get(at)?.previous) route.push(at);
  return route.reverse();
}

/**
 * The match as two lists. *Apply now*: entry-level roles the person holds some defining skill of;
 * roles one growth move from a role they have done, when they hold some defining skill; and, on
 * experience alone, promotions and sideways moves to the next rung. *Grow into*: every other role, nearest first
 * (moves from the best start the person can already stand on, then from entry roles they could
 * qualify for), then by fit, each with its route. The current role is labelled, not ranked.
 */
export function adviseMatch(input: MatchInput, data: MatchData, graph: RoleGraph = buildRoleGraph(data.roles)): MatchAdvice {
  const held = heldSkillsFor(input, data);
  const experience = experienceFor(input, data);
  const ranking = rankRolesBySkills(held, data.roles, data.skills);
  const current = input.from ? ranking.find((m) => m.slug === input.from) : undefined;
  const levelOf = new Map(data.roles.map((r) => [r.slug, r.level]));
  // -1 for a newcomer: no rung done yet.
  const experiencedRank = Math.max(-1, ...experience.map((slug) => roleLevelRank(levelOf.get(slug) ?? 'entry')));

  // One growth move from a role the person has done, in the order of their experience.
  const oneMove = new Map<string, NonNullable<ApplyOption['via']>>();
  for (const slug of experience) {
    for (const move of data.roles.find((r) => r.slug === slug)?.growth ?? []) {
      if (!oneMove.has(move.to)) oneMove.set(move.to, move.suggested ? { role: slug, kind: move.kind, suggested: true } : { role: slug, kind: move.kind });
    }
  }

  const applyNow: ApplyOption[] = [];
  const rest: RoleMatch[] = [];
  for (const match of ranking) {
    if (match.slug === input.from) continue;
    const via = oneMove.get(match.slug);
    // An entry role is open to apply for unless the person has none of what it is hired for.
    const hasSomeDefining = match.missingDefining.length < match.contributions.filter((c) => c.defining).length;
    // A move from work the person has done is open when they hold some of what the role is hired
    // for. A promotion or sideways move to the next rung is open even without it, because the
    // experience is what the move asks for ("BPOs often prioritize internal promotions"); the card
    // names what is missing and the role cannot count as a strong match. A specialization still asks
    // for its specialty, and a move that skips rungs (customer service to operations manager) for
    // what the role is hired for.
    const nextRung = Math.max(experiencedRank, 0) + 1;
    const openByExperience =
      via !== undefined && (hasSomeDefining || (via.kind !== 'specialization' && roleLevelRank(match.level) <= nextRung));
    // The matches are this call's own objects, so they are extended in place (copying a thousand was the slow part).
    if (openByExperience) applyNow.push(Object.assign(match, { via }));
    else if (match.level === 'entry' && hasSomeDefining) applyNow.push(match);
    else rest.push(match);
  }
  // Sorts are stable, so the ranking's order (fit) decides within a band.
  applyNow.sort((a, b) => rungBand(a.level, experiencedRank) - rungBand(b.level, experiencedRank) || moveOrder(a) - moveOrder(b));

  // Routes are counted from the person's best start first: the roles they have done (or, for a
  // newcomer, the role they fit best now), then the other roles open now, then entry roles they
  // could qualify for. A role is placed in the first of these tiers that reaches it.
  const tiers = [
    experience.length ? experience : applyNow.slice(0, 1).map((m) => m.slug),
    applyNow.map((m) => m.slug),
    ranking.filter((m) => m.level === 'entry').map((m) => m.slug),
  ].map((starts) => reachFrom(graph, starts));
  const growInto: GrowOption[] = rest.map((match) => {
    const tier = tiers.findIndex((reach) => reach.has(match.slug));
    const reach = tiers[tier];
    return Object.assign(match, {
      route: reach ? routeTo(reach, match.slug) : [],
      moves: reach?.get(match.slug)?.moves ?? Number.POSITIVE_INFINITY,
      tier: tier === -1 ? tiers.length : tier,
    });
  });
  // A sideways move taken only to get somewhere else is a detour and counts as an extra step: a
  // counselor points up the ladder first. A sideways move that is the goal itself is not a detour.
  const moveKinds = new Map(data.roles.flatMap((r) => r.growth.map((g) => [`${r.slug} ${g.to}`, g.kind] as const)));
  const distance = (option: GrowOption) =>
    option.moves + option.route.slice(1, -1).filter((slug, i) => moveKinds.get(`${option.route[i]} ${slug}`) === 'lateral').length;
  growInto.sort((a, b) => a.tier - b.tier || distance(a) - distance(b) || rungBand(a.level, experiencedRank) - rungBand(b.level, experiencedRank));

  return { held, current, experience, applyNow, growInto };
}

/**
 * The route a grow-into role's gap spells out step by step: lib/paths.ts's fewest-moves route from
 * the same start, so it is exactly the first route /paths plans when the person follows the link.
 */
export function plannedRoute(graph: RoleGraph, option: Pick<GrowOption, 'slug' | 'route'>): string[] {
  const start = option.route[0];
  return (start && shortestRoute(graph, start, option.slug)) || option.route;
}

export interface NextSkill {
  skill: string;
  name: string;
  /** Roles the skill would open to apply for now (it was the defining skill they lacked). */
  opens: { slug: string; title: string }[];
  /** Roles it would make a strong match, among those open now or one move away. */
  strong: { slug: string; title: string; score: number }[];
  /** How many of those nearby roles' scores it would raise, and the largest single rise. */
  rolesRaised: number;
  biggestRise: { slug: string; title: string; from: number; to: number };
}

/** The roles the next-skill advice counts: those open now, and those one move from the person's start. */
export function nearbyRoles(advice: Pick<MatchAdvice, 'applyNow' | 'growInto'>): (ApplyOption | GrowOption)[] {
  return [...advice.applyNow, ...advice.growInto.filter((m) => m.tier <= 1 && m.moves <= 1)];
}

/**
 * The skills the person lacks that matter for the roles they could apply for now or reach in one
 * move (and only those: a skill for a far-off role is not the next one). Ranked by how many roles
 * each would open to apply for or make a strong match if learnt to a working level (the default,
 * so the promise is modest), then by how many nearby scores it raises, then by name.
 */
export function nextSkillsToLearn(advice: Pick<MatchAdvice, 'held' | 'experience' | 'applyNow' | 'growInto'>, data: MatchData): NextSkill[] {
  const nearby = nearbyRoles(advice);
  const nearbySlugs = new Set(nearby.map((m) => m.slug));
  const roles = data.roles.filter((r) => nearbySlugs.has(r.slug));
  const before = new Map(nearby.map((m) => [m.slug, m]));
  const holds = new Set(advice.held.map((h) => h.skill));
  const candidates = [...new Set(roles.flatMap((r) => r.skills.map((s) => s.skill)))].filter((slug) => !holds.has(slug));
  const names = new Map(data.skills.map((s) => [s.slug, s.name]));
  const results: NextSkill[] = [];
  for (const candidate of candidates) {
    const relevant = roles.filter((role) => role.skills.some((s) => s.skill === candidate));
    const after = rankRolesBySkills([...advice.held, { skill: candidate, level: defaultSkillLevel }], relevant, data.skills);
    const opens: NextSkill['opens'] = [];
    const strong: NextSkill['strong'] = [];
    const rises: NextSkill['biggestRise'][] = [];
    for (const match of after) {
      const was = before.get(match.slug)!;
      if (match.score > was.score) rises.push({ slug: match.slug, title: match.title, from: was.score, to: match.score });
      const inApplyNow = advice.applyNow.some((m) => m.slug === match.slug);
      // Entry roles, and roles one move from experience, open once their defining skills are held.
      const openable = 'route' in was && (was.level === 'entry' || (was.moves === 1 && advice.experience.includes(was.route[0] ?? '')));
      const wouldOpen = openable && match.missingDefining.length === 0;
      if (!inApplyNow && wouldOpen) opens.push({ slug: match.slug, title: match.title });
      if (match.strong && !was.strong) strong.push({ slug: match.slug, title: match.title, score: match.score });
    }
    const biggestRise = [...rises].sort((a, b) => b.to - b.from - (a.to - a.from))[0];
    if (!biggestRise) continue;
    results.push({ skill: candidate, name: names.get(candidate) ?? candidate, opens, strong, rolesRaised: rises.length, biggestRise });
  }
  const worth = (s: NextSkill) => new Set([...s.opens.map((r) => r.slug), ...s.strong.map((r) => r.slug)]).size;
  return results.sort((a, b) => worth(b) - worth(a) || b.rolesRaised - a.rolesRaised || a.name.localeCompare(b.name));
}
