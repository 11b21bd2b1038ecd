'use client';

import { useId } from 'react';
import type { MatchRole, MatchSkill } from '@/lib/match';
import { foldWords } from '@/lib/name-match';
import type { Task } from '@/lib/tasks';
import { FilterField, useCheckboxFilter } from '@/components/ui/filter-field';
import { mutedTextClass } from '@/components/ui/styles';

/**
 * The second way in: tasks the person has done, as one filterable list of checkboxes named
 * `tasks` (a GET form without JavaScript, controlled inputs with it). The filter matches the task
 * and the role it comes from; ticked tasks stay visible, and so does a task unticked while the
 * filter leaves it out, until the filter changes (focus never drops to the page). Kept to one
 * element per task plus its box, because this list is most of the page's markup. On a phone the
 * list scrolls with the page, not inside a box of its own.
 */
export function TaskPicker({
  tasks,
  roles,
  picked,
  onToggle,
}: {
  tasks: readonly Task[];
  roles: readonly Pick<MatchRole, 'slug' | 'title'>[];
  picked: readonly string[];
  onToggle: (taskId: string, checked: boolean) => void;
}) {
  const id = useId();
  const { filter, unticked, toggle, field } = useCheckboxFilter(onToggle);
  const titles = new Map(roles.map((r) => [r.slug, r.title]));
  const pickedSet = new Set(picked);
  const needle = foldWords(filter);
  return (
    <fieldset>
      <legend className="text-xl font-semibold">Tasks you have done</legend>
      <p id={`${id}-hint`} className={`text-sm ${mutedTextClass}`}>
        The skills a task builds join yours, and its role counts as work you have done, so the moves from it open up.
      </p>
      <FilterField id={`${id}-filter`} label="Filter the tasks, e.g. “calls” or “payroll”" hintId={`${id}-hint`} {...field} />
      <div className="mt-2 rounded-md border border-slate-200 px-3 lg:max-h-80 lg:overflow-y-auto dark:border-slate-700">
        {tasks.map((task) => {
          const checked = pickedSet.has(task.id);
          const role = titles.get(task.role) ?? task.role;
          const hidden = needle !== '' && !checked && !unticked.has(task.id) && !foldWords(`${task.text} ${role}`).includes(needle);
          return (
            <label key={task.id} className="flex min-h-11 items-start gap-2 py-1" hidden={hidden} title={role}>
              <input type="checkbox" name="tasks" value={task.id} checked={checked} onChange={toggle(task.id)} className="mt-1 size-5 shrink-0" />
              {task.text}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Which picked task gave which skill, so a person sees why a skill joined theirs. */
export function TaskSkillsSummary({ sources, skills }: { sources: ReadonlyMap<string, readonly Task[]>; skills: readonly MatchSkill[] }) {
  if (sources.size === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="font-semibold">Skills your tasks gave you</h3>
      <ul className="mt-1 list-disc pl-6">
        {skills
          .filter((skill) => sources.has(skill.slug))
          .map((skill) => (
            <li key={skill.slug}>
              <strong>{skill.name}</strong>, from:{' '}
              {sources
                .get(skill.slug)
                ?.map((task) => task.text)
                .join('; ')}
            </li>
          ))}
      </ul>
    </div>
  );
}
