import type { Role } from './content/schemas';

// Tasks are the roles' duties, offered as a second way into the skill match: a person ticks what
// they have done and the skills those tasks build join their selection.

/**
 * One task, deduplicated by text across roles. Its id is `<role-slug>.<duty-index>` of the first
 * role that lists it (in content order), the form the match page's `tasks` URL parameter uses.
 */
export interface Task {
  id: string;
  text: string;
  /** Skill slugs built, merged from every role that lists the same text. */
  builds: string[];
  /** Slug of the role the task is listed under. */
  role: string;
  /** Every role that lists the same text, `role` first: a person holding any of them has done it. */
  roles: string[];
}

export function collectTasks(roles: readonly Pick<Role, 'slug' | 'duties'>[]): Task[] {
  const byText = new Map<string, Task>();
  for (const role of roles) {
    role.duties.forEach((duty, index) => {
      const existing = byText.get(duty.text);
      if (existing) {
        for (const skill of duty.builds) if (!existing.builds.includes(skill)) existing.builds.push(skill);
        if (!existing.roles.includes(role.slug)) existing.roles.push(role.slug);
        return;
      }
      byText.set(duty.text, { id: `${role.slug}.${index}`, text: duty.text, builds: [...duty.builds], role: role.slug, roles: [role.slug] });
    });
  }
  return [...byText.values()];
}

/** For each skill the picked tasks build, the tasks that built it, in the order the skills first appear. */
export function skillsFromTasks(taskIds: readonly string[], tasks: readonly Task[]): Map<string, Task[]> {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const sources = new Map<string, Task[]>();
  for (const id of taskIds) {
    const task = byId.get(id);
    if (!task) continue;
    for (const skill of task.builds) sources.set(skill, [...(sources.get(skill) ?? []), task]);
  }
  return sources;
}
