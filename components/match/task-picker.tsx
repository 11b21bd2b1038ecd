import type { MatchRole, MatchSkill } from '@/lib/match';
import type { Task } from '@/lib/tasks';
import { mutedTextClass } from './styles';

/**
 * The second way in: tasks the person has done, grouped by the role that lists them, each a
 * checkbox. Ticking one adds the skills it builds; the line under it says which.
 */
export function TaskPicker({
  tasks,
  roles,
  skills,
  picked,
  onToggle,
}: {
  tasks: readonly Task[];
  roles: readonly Pick<MatchRole, 'slug' | 'title'>[];
  skills: readonly MatchSkill[];
  picked: readonly string[];
  onToggle: (taskId: string, checked: boolean) => void;
}) {
  const names = new Map(skills.map((s) => [s.slug, s.name]));
  const pickedSet = new Set(picked);
  return (
    <div className="mt-2 space-y-2">
      {roles.map((role) => {
        const roleTasks = tasks.filter((task) => task.role === role.slug);
        if (roleTasks.length === 0) return null;
        const count = roleTasks.filter((task) => pickedSet.has(task.id)).length;
        return (
          <details key={role.slug} className="rounded-md border border-slate-200 dark:border-slate-700" open={count > 0 || undefined}>
            <summary className="min-h-11 cursor-pointer px-3 py-2 font-medium">
              {role.title} tasks
              {count > 0 && <span className={mutedTextClass}> ({count} ticked)</span>}
            </summary>
            <fieldset className="px-3 pb-3">
              <legend className="sr-only">{role.title} tasks</legend>
              <ul className="space-y-1">
                {roleTasks.map((task) => {
                  const checked = pickedSet.has(task.id);
                  const builds = task.builds.map((slug) => names.get(slug) ?? slug).join(', ');
                  return (
                    <li key={task.id}>
                      <label className="flex min-h-11 items-start gap-2 py-1">
                        <input
                          type="checkbox"
                          checked={checked}
                          onChange={(event) => onToggle(task.id, event.target.checked)}
                          aria-describedby={`task-${task.id}-builds`}
                          className="mt-1 size-5 shrink-0"
                        />
                        <span>
                          {task.text}
                          <span id={`task-${task.id}-builds`} className={`block text-sm ${mutedTextClass}`}>
                            Builds {builds}
                          </span>
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}

/** Which picked task gave which skill: shown with or without JavaScript. */
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
              <strong>{skill.name}</strong>, from: {sources.get(skill.slug)?.map((task) => task.text).join('; ')}
            </li>
          ))}
      </ul>
    </div>
  );
}
