import type { Level, RoleSkill, SkillLevel } from './schemas';

// One rule for the level a role needs in each skill it lists, so a level says something a reader
// can check: entry roles ask "working" (the job teaches the rest); above entry, a role asks "strong"
// in its key skills and "working" in the others. A level that departs from the rule carries its
// own provenance (levelSource): the article's words asking for it, or this guide's reason.
// Type imports only: the match runs this in the browser, without zod.

/** The rule in words, as /about#provenance and the validator say it. */
export const levelRule =
  'Entry roles ask for a working level in every skill they list. Above entry level, a role asks for a strong level in its key skills and a working level in the rest.';

/** The level the rule gives a skill of a role at this level. */
export function ruleLevel(roleLevel: Level, skill: Pick<RoleSkill, 'key'>): SkillLevel {
  return roleLevel !== 'entry' && skill.key ? 'strong' : 'working';
}

/** Where a skill level comes from: the rule, or, where it departs from it, the article or this guide. */
export type LevelBasis = 'rule' | 'article' | 'guide';

export function levelBasis(skill: Pick<RoleSkill, 'levelSource'>): LevelBasis {
  if (!skill.levelSource) return 'rule';
  return 'article' in skill.levelSource ? 'article' : 'guide';
}
