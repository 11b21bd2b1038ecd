import type { MatchBackground } from './backgrounds';
import { holdBestLevel, roleLevelRank, skillLevelValue } from './content/enums';
import type { LevelBasis } from './content/level-rule';
import type { Growth, Level, MoveKind, Role, RoleSkill, Skill, SkillLevel } from './content/schemas';
import { breadthFirst, buildRoleGraph, type GrowthGraph, routeTo } from './graph';
import { shortestRoute } from './paths';
import { skillsFromTasks, type Task } from './tasks';
import { alphabetical } from './alphabetical';

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
export type MatchSkill = Pick<Skill, 'slug' | 'name' | 'kind' | 'knowledge'>;

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
  /** A body of knowledge learnt by study (industry or technical knowledge), not on the job. */
  knowledge: boolean;
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
  for (const { skill, level } of held) holdBestLevel(levels, skill, level);
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
      knowledge: skill?.knowledge === true,
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
function compareMatches(
  a: Pick<RoleMatch, 'score' | 'level' | 'title' | 'missingDefining'>,
  b: Pick<RoleMatch, 'score' | 'level' | 'title' | 'missingDefining'>,
): number {
  return (
    Number(a.missingDefining.length > 0) - Number(b.missingDefining.length > 0) ||
    b.score - a.score ||
    roleLevelRank(a.level) - roleLevelRank(b.level) ||
    alphabetical(a.title, b.title)
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
  /** Past jobs outside BPO a person may name (`background=`); none when left out. */
  backgrounds?: readonly MatchBackground[] | undefined;
}

/** What a person tells the match: skills by name, tasks they have done, the role they have now. */
export interface MatchInput {
  skills: readonly HeldSkill[];
  tasks: readonly string[];
  /** The BPO role the person holds now (same meaning as on /paths): the only thing that makes them a holder of a role. */
  from?: string | undefined;
  /**
   * Jobs the person had outside BPO (`background=`): the skills they build count as held, and they
   * open entry roles and the entry points the content names for them. Never a role held.
   */
  backgrounds?: readonly string[] | undefined;
  /** Skills a background fills in that the person says they do not have (`without=`). */
  without?: readonly string[] | undefined;
}

/** Where a held skill comes from, for the page to say so. */
export type SkillSource =
  | { kind: 'picked' }
  | { kind: 'tasks'; tasks: string[] }
  | { kind: 'current-role'; role: string }
  | { kind: 'background'; background: string };

export interface HeldSkillWithSource extends HeldSkill {
  source: SkillSource;
}

/** A role the person could apply for now. */
export interface ApplyOption extends RoleMatch {
  /** Set when the role is one growth move from the role the person holds: that role and the move. */
  via?: { role: string; kind: MoveKind; suggested?: true } | undefined;
  /** Set when a past job opens this role above entry level: this guide's suggestion, with its reason. */
  entryPoint?: { background: string; reason: string } | undefined;
}

/** A role to grow into, with the route from the person's best start. */
export interface GrowOption extends RoleMatch {
  /** Roles from the start to this one, both included. */
  route: string[];
  /** Growth moves along the route. */
  moves: number;
  /**
   * Where the route starts: 0 from the person's own start (the role they hold or, for a newcomer,
   * the role they fit best now), 1 from another role open to them now, 2 (newcomers only) from any
   * entry role.
   */
  tier: number;
}

export interface MatchAdvice {
  /** Every skill the match counted, with where it came from; picked ones first. */
  held: HeldSkillWithSource[];
  /** The role the person has now, labelled rather than ranked. */
  current: RoleMatch | undefined;
  /** The role the person holds (`from`), if any: experience is a role held, never a duty ticked. */
  experience: string[];
  /** Roles whose duties the person ticked: they have done part of that work, which builds skills only. */
  workDone: string[];
  /** The past jobs whose skills were counted (`background=`, known ones only). */
  backgrounds: string[];
  applyNow: ApplyOption[];
  growInto: GrowOption[];
}

/** The past jobs a person named that the data knows, in the order named. */
function backgroundsFor(input: MatchInput, data: Pick<MatchData, 'backgrounds'>): MatchBackground[] {
  return (input.backgrounds ?? []).flatMap((slug) => data.backgrounds?.find((b) => b.slug === slug) ?? []);
}

/**
 * The skills to match on: the ones picked by name (at their rated level), the ones the picked
 * tasks build (at the default level), the current role's skills at the levels it needs, and the
 * skills past jobs build, at their levels; a skill from several sources counts at its highest level
 * and is credited to the first source. A skill the person picked keeps their own level over a past
 * job's, and one they took off (`without`) is not filled in again.
 */
export function heldSkillsFor(input: MatchInput, data: Pick<MatchData, 'roles' | 'tasks' | 'backgrounds'>): HeldSkillWithSource[] {
  const levels = new Map<string, SkillLevel>();
  const sources = new Map<string, SkillSource>();
  const add = (skill: string, level: SkillLevel, source: SkillSource) => {
    if (!sources.has(skill)) sources.set(skill, source);
    holdBestLevel(levels, skill, level);
  };
  for (const { skill, level } of input.skills) add(skill, level, { kind: 'picked' });
  for (const [skill, tasks] of skillsFromTasks(input.tasks, data.tasks)) add(skill, defaultSkillLevel, { kind: 'tasks', tasks: tasks.map((t) => t.text) });
  const current = input.from ? data.roles.find((r) => r.slug === input.from) : undefined;
  for (const { skill, level } of current?.skills ?? []) add(skill, level, { kind: 'current-role', role: current!.slug });
  const picked = new Set(input.skills.map((s) => s.skill));
  const without = new Set(input.without ?? []);
  for (const background of backgroundsFor(input, data)) {
    for (const { skill, level } of background.skills) {
      if (!picked.has(skill) && !without.has(skill)) add(skill, level, { kind: 'background', background: background.slug });
    }
  }
  return [...sources].map(([skill, source]) => ({ skill, level: levels.get(skill)!, source }));
}

/** The role a person holds: `from`, when it names a known role. Ticked duties never make a holder. */
function experienceFor(input: MatchInput, data: Pick<MatchData, 'roles'>): string[] {
  return input.from && data.roles.some((r) => r.slug === input.from) ? [input.from] : [];
}

/** The roles whose duties the person ticked, in the order ticked: "you have done part of this role's work". */
function workDoneFor(input: MatchInput, data: Pick<MatchData, 'tasks'>): string[] {
  const byId = new Map(data.tasks.map((t) => [t.id, t]));
  return [...new Set(input.tasks.flatMap((id) => byId.get(id)?.role ?? []))];
}

/** True when the person holds some of what the role is hired for (any defining skill, at any level). */
function hasSomeOfDefining(match: Pick<RoleMatch, 'defining'>): boolean {
  return match.defining.earned > 0;
}

/** True when the person holds most of what the role is hired for: more than half its defining points. */
function hasMostOfDefining(match: Pick<RoleMatch, 'defining'>): boolean {
  return 2 * match.defining.earned > match.defining.possible;
}

/**
 * Who may apply for what, a counselor's rule: entry roles where the person has most of what the
 * role is hired for, unless they already stand on a higher rung; and the roles one move from the
 * role they hold, on its rung or the next one up, where they have some of what it is hired for.
 * Never a step down, never two rungs up, and a ticked duty opens nothing. A past job opens what an
 * entry role does, plus the entry points the content names for it, on the same terms.
 */
function applyRule(data: Pick<MatchData, 'roles'>, from: string | undefined, backgrounds: readonly MatchBackground[] = []) {
  const held = from ? data.roles.find((r) => r.slug === from) : undefined;
  const heldRung = held ? roleLevelRank(held.level) : 0;
  const moves = new Map((held?.growth ?? []).map((m) => [m.to, m]));
  // Reversed so that, when two past jobs open the same role, the one the person named first is credited.
  const entryPoints = new Map(backgrounds.flatMap((b) => b.entryPoints.map((e) => [e.role, { background: b.slug, reason: e.reason }] as const)).reverse());
  return {
    heldRung,
    /** The move from the held role to this one, when there is one. */
    moveTo: (slug: string) => moves.get(slug),
    /** The past job that opens this role above entry level, when one does. */
    entryPointTo: (slug: string) => entryPoints.get(slug),
    isOpen(match: Pick<RoleMatch, 'slug' | 'level' | 'defining'>): boolean {
      if (match.slug === from) return false;
      const rung = roleLevelRank(match.level);
      if (moves.has(match.slug) && rung >= heldRung && rung <= heldRung + 1 && hasSomeOfDefining(match)) return true;
      return (match.level === 'entry' || entryPoints.has(match.slug)) && heldRung === 0 && hasMostOfDefining(match);
    },
  };
}

/** Best fit first: strong matches, then the ranking's own order (what the role is hired for, then the score). */
function byFit(a: RoleMatch, b: RoleMatch): number {
  return Number(b.strong) - Number(a.strong) || compareMatches(a, b);
}

/** How many roles at the top of "grow into" must each hold some of what the role is hired for. */
const growIntoLeadSize = 5;

/**
 * The match as two lists. *Apply now* follows `applyRule`, best fit first. *Grow into* starts on
 * the person's own track, above the role they hold or, for a newcomer, above the role they fit
 * best now: nearest first, then best fit; then routes from the other roles open to them and, for
 * a newcomer, from any entry role. Nothing below the rung held, nothing no route leads to, and no
 * role they have none of what it is hired for in the first five while a better one waits.
 */
export function adviseMatch(input: MatchInput, data: MatchData, graph: GrowthGraph = buildRoleGraph(data.roles)): MatchAdvice {
  const held = heldSkillsFor(input, data);
  const experience = experienceFor(input, data);
  const from = experience[0];
  const backgrounds = backgroundsFor(input, data);
  const ranking = rankRolesBySkills(held, data.roles, data.skills);
  const current = from ? ranking.find((m) => m.slug === from) : undefined;
  const rule = applyRule(data, from, backgrounds);

  const applyNow: ApplyOption[] = [];
  const rest: RoleMatch[] = [];
  for (const match of ranking) {
    if (match.slug === from) continue;
    if (!rule.isOpen(match)) {
      rest.push(match);
      continue;
    }
    const move = rule.moveTo(match.slug);
    const via = from && move ? { role: from, kind: move.kind, ...(move.suggested ? { suggested: true as const } : {}) } : undefined;
    const entryPoint = match.level === 'entry' || via ? undefined : rule.entryPointTo(match.slug);
    // The matches are this call's own objects, so they are extended in place (copying a thousand was the slow part).
    applyNow.push(Object.assign(match, entryPoint ? { via, entryPoint } : { via }));
  }
  applyNow.sort(byFit);

  const best = applyNow[0];
  const startRung = from ? rule.heldRung : best ? roleLevelRank(best.level) : 0;
  const tiers = [
    from ? [from] : best ? [best.slug] : [],
    applyNow.map((m) => m.slug),
    from ? [] : data.roles.filter((r) => r.level === 'entry').map((r) => r.slug),
  ].map((starts) => breadthFirst(graph, starts));
  const growInto: GrowOption[] = [];
  for (const match of rest) {
    // Someone on a higher rung is never pointed back down.
    if (roleLevelRank(match.level) < rule.heldRung) continue;
    const tier = tiers.findIndex((reach) => reach.has(match.slug));
    const reach = tiers[tier];
    if (!reach) continue;
    growInto.push(Object.assign(match, { route: routeTo(reach, match.slug), moves: reach.get(match.slug)!.moves, tier }));
  }
  // A sideways move taken only to get somewhere else is a detour and counts as an extra step: a
  // counselor points up the ladder first. A sideways move that is the goal itself is not a detour.
  const moveKinds = new Map(data.roles.flatMap((r) => r.growth.map((g) => [`${r.slug} ${g.to}`, g.kind] as const)));
  const distance = (option: GrowOption) =>
    option.moves + option.route.slice(1, -1).filter((slug, i) => moveKinds.get(`${option.route[i]} ${slug}`) === 'lateral').length;
  // A route that needs a body of knowledge the person lacks (finance for an accountant, healthcare
  // on the way through medical coding) means study first: it follows the routes open on what they know.
  const lacksKnowledge = new Set(ranking.filter((m) => m.missingDefining.some((c) => c.knowledge)).map((m) => m.slug));
  const gated = (option: GrowOption) => Number(option.route.slice(1).some((slug) => lacksKnowledge.has(slug)));
  // Duties ticked point where the person's experience lies, though they open nothing to apply for.
  const workDone = workDoneFor(input, data);
  const notDone = (option: GrowOption) => Number(!workDone.includes(option.slug));
  growInto.sort((a, b) => a.tier - b.tier || notDone(a) - notDone(b) || distance(a) - distance(b) || gated(a) - gated(b) || byFit(a, b));
  // Growing means climbing: once a person has somewhere to start, another job on the same rung is
  // a sideways option listed after every rung up. Among the rungs up on their own track (or, with no
  // start yet, among all), the first five are roles they hold some of what it is hired for and can
  // reach without study first; the rest keep their nearest-first order.
  const hasStart = Boolean(from || best);
  const upward = (option: GrowOption) => !hasStart || roleLevelRank(option.level) > startRung;
  const ownTrack = (option: GrowOption) => !hasStart || option.tier < 2;
  const up = growInto.filter(upward);
  const lead = up.filter((o) => ownTrack(o) && hasSomeOfDefining(o) && !gated(o)).slice(0, growIntoLeadSize);
  const ordered = [...lead, ...up.filter((o) => !lead.includes(o)), ...growInto.filter((o) => !upward(o))];

  return { held, current, experience, workDone, backgrounds: backgrounds.map((b) => b.slug), applyNow, growInto: ordered };
}

/**
 * The route a grow-into role's gap spells out step by step: lib/paths.ts's fewest-moves route from
 * the same start, so it is exactly the first route /paths plans when the person follows the link.
 */
export function plannedRoute(graph: GrowthGraph, option: Pick<GrowOption, 'slug' | 'route'>): string[] {
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
export function nextSkillsToLearn(
  advice: Pick<MatchAdvice, 'held' | 'experience' | 'applyNow' | 'growInto'> & Partial<Pick<MatchAdvice, 'backgrounds'>>,
  data: MatchData,
): NextSkill[] {
  const nearby = nearbyRoles(advice);
  const nearbySlugs = new Set(nearby.map((m) => m.slug));
  const roles = data.roles.filter((r) => nearbySlugs.has(r.slug));
  const before = new Map(nearby.map((m) => [m.slug, m]));
  const holds = new Set(advice.held.map((h) => h.skill));
  const candidates = [...new Set(roles.flatMap((r) => r.skills.map((s) => s.skill)))].filter((slug) => !holds.has(slug));
  const names = new Map(data.skills.map((s) => [s.slug, s.name]));
  const rule = applyRule(data, advice.experience[0], backgroundsFor({ skills: [], tasks: [], backgrounds: advice.backgrounds }, data));
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
      if (!inApplyNow && rule.isOpen(match)) opens.push({ slug: match.slug, title: match.title });
      if (match.strong && !was.strong) strong.push({ slug: match.slug, title: match.title, score: match.score });
    }
    const biggestRise = [...rises].sort((a, b) => b.to - b.from - (a.to - a.from))[0];
    if (!biggestRise) continue;
    results.push({ skill: candidate, name: names.get(candidate) ?? candidate, opens, strong, rolesRaised: rises.length, biggestRise });
  }
  const worth = (s: NextSkill) => new Set([...s.opens.map((r) => r.slug), ...s.strong.map((r) => r.slug)]).size;
  return results.sort((a, b) => worth(b) - worth(a) || b.rolesRaised - a.rolesRaised || alphabetical(a.name, b.name));
}
