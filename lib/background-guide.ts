import type { Background, BackgroundSkill, Content, Level } from './content/schemas';
import { adviseMatch, nearbyRoles, nextSkillsToLearn, type NextSkill } from './match';
import { matchPageData } from './match-data';
import { matchHref } from './params/match';

// What a background's page says, worked out from the same match a person gets at
// /match?background=<slug>: one pure function the page renders, so the page cannot promise a
// role the match would not open.

/** Roles shown under "Roles to apply for first". */
const applyFirstShown = 3;
/** Skills shown under "What to learn next". */
const learnNextShown = 3;

export interface CarriedSkill extends BackgroundSkill {
  name: string;
}

export interface RoleToApplyFor {
  slug: string;
  title: string;
  level: Level;
  score: number;
  /** What the role is hired for that this job builds, by name. */
  hiredForAndHeld: string[];
  /** What the role is hired for that this job does not build. */
  hiredForAndMissing: string[];
  /** Set when the role is above entry level: why this guide suggests applying straight for it. */
  entryPointReason?: string;
}

export interface BackgroundGuide {
  background: Background;
  carriesOver: CarriedSkill[];
  applyFirst: RoleToApplyFor[];
  learnNext: NextSkill[];
  /** The roles the next-skill advice counted: open now, or one move away. */
  nearby: { slug: string; title: string }[];
  /** The match page prefilled with this job: the same advice, to change and extend. */
  matchHref: string;
}

export function backgroundGuide(content: Content, background: Background): BackgroundGuide {
  const data = matchPageData(content);
  const advice = adviseMatch({ skills: [], tasks: [], backgrounds: [background.slug] }, data);
  const names = new Map(content.skills.map((s) => [s.slug, s.name]));
  return {
    background,
    carriesOver: background.skills.map((s) => ({ ...s, name: names.get(s.skill) ?? s.skill })),
    applyFirst: advice.applyNow.slice(0, applyFirstShown).map((match) => ({
      slug: match.slug,
      title: match.title,
      level: match.level,
      score: match.score,
      hiredForAndHeld: match.contributions.filter((c) => c.defining && c.held !== undefined).map((c) => c.name),
      hiredForAndMissing: match.missingDefining.map((c) => c.name),
      ...(match.entryPoint ? { entryPointReason: match.entryPoint.reason } : {}),
    })),
    learnNext: nextSkillsToLearn(advice, data).slice(0, learnNextShown),
    nearby: nearbyRoles(advice).map(({ slug, title }) => ({ slug, title })),
    matchHref: matchHref({ backgrounds: [background.slug] }),
  };
}

/** One line per background for the list page: the role the match names first for it. */
export function firstRoleFor(content: Content, background: Background): { slug: string; title: string } | undefined {
  const first = adviseMatch({ skills: [], tasks: [], backgrounds: [background.slug] }, matchPageData(content)).applyNow[0];
  return first && { slug: first.slug, title: first.title };
}
