import { roleLevelRank, skillLevels, skillLevelValue } from './content/enums';
import type { Level, Role, Skill, SkillLevel } from './content/schemas';
import { skillsFromTasks, type Task } from './tasks';

// Skill matching: which roles fit the skills a person holds, what each one still needs, and which
// skill to learn next. Pure and small on purpose: the match page runs it in the browser, on a
// compact projection of the content (lib/match-data.ts), as well as on the server. Browser code
// imports this module, so it takes only type imports from the content schemas (zod stays out).

/** A skill the person holds, at the level they rate it. */
export interface HeldSkill {
  skill: string;
  level: SkillLevel;
}

/** The slice of a role the ranking needs; the page sends the browser only this. */
export type MatchRole = Pick<Role, 'slug' | 'title' | 'level' | 'skills'>;
/** The slice of a skill the ranking needs. */
export type MatchSkill = Pick<Skill, 'slug' | 'name' | 'kind'>;

/** How one required skill counted towards a role's score. */
export interface SkillContribution {
  skill: string;
  name: string;
  needed: SkillLevel;
  /** The level held, or undefined when the skill is missing. */
  held: SkillLevel | undefined;
  key: boolean;
  core: boolean;
  weight: number;
  /** Points earned (weight × credit in sixths); `possible` is what full credit would earn. */
  earned: number;
  possible: number;
}

export interface RoleMatch {
  slug: string;
  title: string;
  level: Level;
  /** 0 to 100, floor(100 × earned / possible): it never rounds up into a better band. */
  score: number;
  earned: number;
  possible: number;
  /** Every required skill with its points, in the role's own order: the explanation of the score. */
  contributions: SkillContribution[];
  /** Required skills held at any level (a lower level counts in part). */
  matched: SkillContribution[];
  /** Required skills not held at all. */
  missing: SkillContribution[];
}

/** Score at or above which a role counts as a strong match (used by nextSkillsToLearn and the page). */
export const strongMatchScore = 70;

/** The level a skill counts at when none is given (URL without a suffix, a skill built by a task). */
export const defaultSkillLevel: SkillLevel = 'working';

/** The skill levels, lowest first. */
export const skillLevelsLowestFirst: readonly SkillLevel[] = skillLevels;

/**
 * Weight of one required skill in a role's score: 1, plus 2 when the article names the skill for
 * this role itself (`key`: it is what the role is hired for), plus 1 when it is one of the article's
 * seven core skills (every BPO role draws on them, so they carry over from any start). A key core
 * skill weighs 4, a plain role-specific one 1.
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
      held,
      key: required.key,
      core,
      weight,
      earned: weight * levelCreditInSixths(held, required.level),
      possible: weight * 6,
    };
  });
  const earned = contributions.reduce((sum, c) => sum + c.earned, 0);
  const possible = contributions.reduce((sum, c) => sum + c.possible, 0);
  return {
    slug: role.slug,
    title: role.title,
    level: role.level,
    score: possible === 0 ? 0 : Math.floor((100 * earned) / possible),
    earned,
    possible,
    contributions,
    matched: contributions.filter((c) => c.held !== undefined),
    missing: contributions.filter((c) => c.held === undefined),
  };
}

/** Best score first; ties go to the more junior role (a start is easier to get), then by title. */
export function compareMatches(a: Pick<RoleMatch, 'score' | 'level' | 'title'>, b: Pick<RoleMatch, 'score' | 'level' | 'title'>): number {
  return b.score - a.score || roleLevelRank(a.level) - roleLevelRank(b.level) || a.title.localeCompare(b.title);
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

export interface NextSkill {
  skill: string;
  name: string;
  /** Roles that would reach the threshold once this skill is held at a working level, ranked. */
  newStrongMatches: { slug: string; title: string; score: number }[];
  /** How many roles' scores the skill would raise at all, and the largest single rise. */
  rolesRaised: number;
  biggestRise: { slug: string; title: string; from: number; to: number };
}

/**
 * The skills the person lacks, ranked by how many more roles each would bring to `threshold` or
 * over if learnt to a working level (the default level, so the promise is modest). Most roles need
 * many skills, so one skill often brings none over the line: ties then go to the skill that raises
 * the most roles' scores, then by name.
 */
export function nextSkillsToLearn(
  held: readonly HeldSkill[],
  roles: readonly MatchRole[],
  skills: readonly MatchSkill[],
  threshold = strongMatchScore,
): NextSkill[] {
  const levels = levelsBySkill(held);
  const current = new Map(rankRolesBySkills(held, roles, skills).map((m) => [m.slug, m.score]));
  const candidates = new Set(roles.flatMap((role) => role.skills.map((s) => s.skill)).filter((slug) => !levels.has(slug)));
  const names = new Map(skills.map((s) => [s.slug, s.name]));
  const results: NextSkill[] = [];
  for (const candidate of candidates) {
    const withSkill = [...held, { skill: candidate, level: defaultSkillLevel }];
    // Only roles needing the skill can change; ranking keeps them in the page's order.
    const relevant = roles.filter((role) => role.skills.some((s) => s.skill === candidate));
    const rises = rankRolesBySkills(withSkill, relevant, skills)
      .map(({ slug, title, score }) => ({ slug, title, from: current.get(slug) ?? 0, to: score }))
      .filter((rise) => rise.to > rise.from);
    const biggestRise = [...rises].sort((a, b) => b.to - b.from - (a.to - a.from))[0];
    if (!biggestRise) continue;
    results.push({
      skill: candidate,
      name: names.get(candidate) ?? candidate,
      newStrongMatches: rises.filter((r) => r.to >= threshold && r.from < threshold).map(({ slug, title, to }) => ({ slug, title, score: to })),
      rolesRaised: rises.length,
      biggestRise,
    });
  }
  return results.sort(
    (a, b) => b.newStrongMatches.length - a.newStrongMatches.length || b.rolesRaised - a.rolesRaised || a.name.localeCompare(b.name),
  );
}

/** A start role and the moves from it to the target, both ends included. */
export interface EntryRoute {
  start: RoleMatch;
  route: string[];
}

/**
 * The closest way into a target role: the best-matching entry-level role that has a growth route
 * to the target (a shorter route breaks a tie in score). An entry-level target is its own start.
 * `shortestRoute` finds the moves between two roles; the caller chooses the route planner.
 */
export function bestEntryRoute(
  ranking: readonly RoleMatch[],
  target: string,
  shortestRoute: (from: string, to: string) => readonly string[] | undefined,
): EntryRoute | undefined {
  let best: EntryRoute | undefined;
  for (const start of ranking) {
    if (start.level !== 'entry') continue;
    const route = start.slug === target ? [target] : shortestRoute(start.slug, target);
    if (!route || route.length === 0) continue;
    if (!best || start.score > best.start.score || (start.score === best.start.score && route.length < best.route.length)) {
      best = { start, route: [...route] };
    }
  }
  return best;
}

/**
 * The skills to match on: the ones picked by name (at their rated level) plus the ones the picked
 * tasks build, at the default level unless already picked by name.
 */
export function heldSkillsWithTasks(picked: readonly HeldSkill[], taskIds: readonly string[], tasks: readonly Task[]): HeldSkill[] {
  const held = [...picked];
  for (const skill of skillsFromTasks(taskIds, tasks).keys()) {
    if (!held.some((h) => h.skill === skill)) held.push({ skill, level: defaultSkillLevel });
  }
  return held;
}
