// The content model's closed vocabularies, lowest or first first. Kept apart from the zod schemas
// so browser code can use them (and their order) without pulling zod into the page.

export const tracks = ['front-office', 'back-office', 'quality-and-training', 'leadership', 'specialized', 'beyond-bpo'] as const;
export const levels = ['entry', 'mid', 'senior', 'executive'] as const;
export const workModes = ['voice', 'chat', 'email', 'non-voice'] as const;
export const skillLevels = ['basic', 'working', 'strong'] as const;
export const moveKinds = ['promotion', 'lateral', 'specialization', 'beyond-bpo'] as const;
/** How well a standard occupation code fits a role or background, best first. */
export const occupationFits = ['exact', 'close', 'broad', 'none'] as const;

/** 1 for basic, 2 for working, 3 for strong: how far up the scale a skill level is. */
export function skillLevelValue(level: (typeof skillLevels)[number]): number {
  return skillLevels.indexOf(level) + 1;
}

/**
 * Holds `level` of `skill` unless a higher level is held already: wherever skills from several
 * places are put together (a route's roles, a person's picks, tasks and past jobs), the best level wins.
 */
export function holdBestLevel<Level extends (typeof skillLevels)[number]>(held: Map<string, Level>, skill: string, level: Level): void {
  const current = held.get(skill);
  if (current === undefined || skillLevelValue(level) > skillLevelValue(current)) held.set(skill, level);
}

/** 0 for entry up to 3 for executive, for sorting roles by seniority. */
export function roleLevelRank(level: (typeof levels)[number]): number {
  return levels.indexOf(level);
}
