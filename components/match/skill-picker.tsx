'use client';

import { useId, useState } from 'react';
import type { SkillLevel } from '@/lib/content/schemas';
import { skillLevelLabels } from '@/lib/labels';
import { skillLevels } from '@/lib/content/enums';
import type { HeldSkill, MatchSkill } from '@/lib/match';
import { rankByName } from '@/lib/name-match';
import { encodeHeldSkill } from '@/lib/params/match';
import { FilterField, useFilterText } from '@/components/ui/filter-field';
import { fieldClass, mutedTextClass } from '@/components/ui/styles';

const groups = [
  { kind: 'core', label: 'Core skills' },
  { kind: 'role-specific', label: 'Role-specific skills' },
] as const;

/**
 * The skills the person holds: one filterable list of checkboxes named `skills`, so the same markup
 * is a GET form without JavaScript and controlled inputs with it (nothing swaps after hydration).
 * A ticked box carries its level in its value (`communication:strong`), so a counselor's level
 * survives a resubmit; the level select beside it changes that level once JavaScript runs.
 * The filter finds skills by name and by the words people use for them ("english"), best match
 * first. On a phone the list is as long as it is and scrolls with the page: a box scrolling inside
 * the page traps a swipe.
 */
export function SkillPicker({
  skills,
  picked,
  onToggle,
  onLevelChange,
}: {
  skills: readonly (MatchSkill & { aliases?: readonly string[] })[];
  picked: readonly HeldSkill[];
  onToggle: (slug: string, checked: boolean) => void;
  onLevelChange: (slug: string, level: SkillLevel) => void;
}) {
  const id = useId();
  const [filter, setFilter, filterRef] = useFilterText();
  // A skill unticked while the filter leaves it out stays in view until the filter changes, so the
  // box under the person's finger (and keyboard focus) does not vanish.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const pickedBySlug = new Map(picked.map((p) => [p.skill, p]));
  const filtering = filter.trim() !== '';
  const matching = new Set(rankByName(filter, skills, (s) => s).map((s) => s.slug));
  // A picked skill stays in view whatever the filter, so its level is never hidden.
  const shown = (slug: string) => !filtering || matching.has(slug) || pickedBySlug.has(slug) || unticked.has(slug);
  // While filtering, the best matches lead each group; the rest keep the catalogue's order.
  const listed = (kind: MatchSkill['kind']) => {
    const group = skills.filter((skill) => skill.kind === kind);
    return filtering ? [...rankByName(filter, group, (s) => s), ...group.filter((s) => !matching.has(s.slug))] : group;
  };

  return (
    <fieldset>
      <legend className="text-xl font-semibold">Skills you have</legend>
      <p id={`${id}-hint`} className={`text-sm ${mutedTextClass}`}>
        Tick each one; a skill counts at a working level unless you pick another.
      </p>
      <FilterField
        id={`${id}-filter`}
        label="Filter the skills"
        value={filter}
        onChange={(value) => {
          setFilter(value);
          setUnticked(new Set());
        }}
        hintId={`${id}-hint`}
        inputRef={filterRef}
      />
      {/* Always in the markup, shown by an attribute: the list's elements never come and go as the person types. */}
      <p className={`mt-1 text-sm ${mutedTextClass}`} hidden={!filtering || matching.size > 0}>
        No skill matches this filter; try another word.
      </p>
      <div className="mt-2 rounded-md border border-slate-200 px-3 lg:max-h-72 lg:overflow-y-auto dark:border-slate-700">
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} hidden={!listed(group.kind).some((skill) => shown(skill.slug))}>
            <p id={`${id}-${group.kind}`} className="pt-2 text-xs font-bold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              {group.label}
            </p>
            {listed(group.kind).map((skill) => {
              const held = pickedBySlug.get(skill.slug);
              return (
                <div key={skill.slug} className="flex min-h-11 flex-wrap items-center gap-x-3" hidden={!shown(skill.slug)}>
                  <label className="flex min-h-11 grow items-center gap-2">
                    <input
                      type="checkbox"
                      name="skills"
                      value={held ? encodeHeldSkill(held) : skill.slug}
                      checked={held !== undefined}
                      onChange={(event) => {
                        if (!event.target.checked) setUnticked((kept) => new Set(kept).add(skill.slug));
                        onToggle(skill.slug, event.target.checked);
                      }}
                      className="size-5 shrink-0"
                    />
                    {skill.name}
                  </label>
                  {held && (
                    <select
                      aria-label={`Level of ${skill.name}`}
                      data-level-for={skill.slug}
                      value={held.level}
                      onChange={(event) => onLevelChange(skill.slug, event.target.value as SkillLevel)}
                      className={`${fieldClass} py-1 text-sm`}
                    >
                      {skillLevels.map((level) => (
                        <option key={level} value={level}>
                          {skillLevelLabels[level]}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
