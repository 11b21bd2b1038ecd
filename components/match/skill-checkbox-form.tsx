import type { HeldSkill, MatchRole, MatchSkill } from '@/lib/match';
import { encodeHeldSkill } from '@/lib/params/match';
import { fieldClass, primaryButtonClass } from './styles';
import { RoleOptions } from '@/components/ui/role-options';

/**
 * The picker before JavaScript runs (or without it): a GET form of checkboxes named `skills`, one
 * value each (the parser accepts repeats for `skills`). A checked box keeps its level suffix, so a
 * counselor's `communication:strong` survives a resubmit; picked tasks ride along in a hidden field.
 */
export function SkillCheckboxForm({
  skills,
  roles,
  picked,
  tasks,
  target,
}: {
  skills: readonly MatchSkill[];
  roles: readonly Pick<MatchRole, 'slug' | 'title'>[];
  picked: readonly HeldSkill[];
  tasks: readonly string[];
  target: string | undefined;
}) {
  const pickedBySlug = new Map(picked.map((p) => [p.skill, p]));
  const groups = [
    { kind: 'core', legend: 'Core skills' },
    { kind: 'role-specific', legend: 'Role-specific skills' },
  ] as const;
  return (
    <form method="get" action="/match">
      {groups.map((group) => (
        <fieldset key={group.kind} className="mt-4">
          <legend className="font-semibold">{group.legend}</legend>
          <ul className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {skills
              .filter((skill) => skill.kind === group.kind)
              .map((skill) => {
                const held = pickedBySlug.get(skill.slug);
                return (
                  <li key={skill.slug}>
                    <label className="flex min-h-11 items-center gap-2">
                      <input
                        type="checkbox"
                        name="skills"
                        value={held ? encodeHeldSkill(held) : skill.slug}
                        defaultChecked={held !== undefined}
                        className="size-5"
                      />
                      {skill.name}
                    </label>
                  </li>
                );
              })}
          </ul>
        </fieldset>
      ))}
      {tasks.length > 0 && <input type="hidden" name="tasks" value={tasks.join(',')} />}
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="match-target-fallback" className="block font-semibold">
            Show the gap to a role (optional)
          </label>
          <select id="match-target-fallback" name="target" defaultValue={target ?? ''} className={`${fieldClass} mt-1`}>
            <RoleOptions roles={roles} emptyLabel="No particular role" />
          </select>
        </div>
        <button type="submit" className={primaryButtonClass}>
          Show my matches
        </button>
      </div>
    </form>
  );
}
