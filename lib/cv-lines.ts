import type { Skill } from './content/schemas';
import type { HeldSkill } from './match';
import type { Task } from './tasks';

// Lines for a CV that claim only what the person did. A line that describes work comes from work
// they told us about: a task they ticked, or the duties of the role they hold (`from`). A skill with
// no such work behind it gets a way to show it with an example of their own, in words that claim
// no job. Pure and free of zod, because the match page runs it in the browser.

/**
 * What a work line rests on. A background (a job held outside BPO) joins here as
 * `{ background: slug }`, its duties passed to cvLines as CvWork like any other.
 */
export type WorkBasis = { task: string } | { role: string };

/** Something the person has done, in words they can put on a CV, and the skills it shows. */
export interface CvWork {
  text: string;
  builds: readonly string[];
  basis: WorkBasis;
}

/**
 * `work`: a line describing work the person did. `show-skill`: a prompt to show a skill they hold
 * with an example of their own; it claims no job.
 */
export type CvLine = { kind: 'work'; text: string; basis: WorkBasis } | { kind: 'show-skill'; skill: string; text: string };

/** Work the person told the match about: the tasks they ticked, then the duties of the role they hold. */
export function cvWork(input: { tasks: readonly string[]; from?: string | undefined }, tasks: readonly Task[]): CvWork[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const ticked = input.tasks.flatMap((id) => byId.get(id) ?? []);
  const fromRole = input.from ? tasks.filter((t) => t.roles.includes(input.from!) && !ticked.includes(t)) : [];
  return [
    ...ticked.map((t) => ({ text: t.text, builds: t.builds, basis: { task: t.id } })),
    ...fromRole.map((t) => ({ text: t.text, builds: t.builds, basis: { role: input.from! } })),
  ];
}

/**
 * The CV lines for a match: each piece of work done, in order, then for every held skill that no
 * work shows, its way to show it (`howToShow` in content/skills.json). Skills alone give no work line.
 */
export function cvLines(held: readonly HeldSkill[], work: readonly CvWork[], skills: readonly Pick<Skill, 'slug' | 'howToShow'>[]): CvLine[] {
  const shown = new Set(work.flatMap((w) => w.builds));
  const howToShow = new Map(skills.map((s) => [s.slug, s.howToShow]));
  const texts = new Set<string>();
  const lines: CvLine[] = [];
  for (const { text, basis } of work) {
    if (texts.has(text)) continue;
    texts.add(text);
    lines.push({ kind: 'work', text, basis });
  }
  for (const { skill } of held) {
    const text = howToShow.get(skill);
    if (text && !shown.has(skill)) lines.push({ kind: 'show-skill', skill, text });
  }
  return lines;
}
