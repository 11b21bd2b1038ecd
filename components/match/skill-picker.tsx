'use client';

import { useId, type MouseEvent } from 'react';
import type { SkillLevel } from '@/lib/content/schemas';
import { skillLevelLabels } from '@/lib/labels';
import { skillLevels } from '@/lib/content/enums';
import type { HeldSkill, MatchSkill } from '@/lib/match';
import { rankByName } from '@/lib/name-match';
import { encodeHeldSkill } from '@/lib/params/match';
import { FilterField, useCheckboxFilter } from '@/components/ui/filter-field';
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
 * the page traps a swipe. Skills a past job fills in are listed as held, saying which job, with a
 * "Take off" link (the same page without that skill, `without=`) that works with or without
 * JavaScript; changing the level of one makes it the person's own pick.
 */
export function SkillPicker({
  skills,
  picked,
  filled = [],
  onToggle,
  onLevelChange,
  takeOff,
}: {
  skills: readonly (MatchSkill & { aliases?: readonly string[] })[];
  picked: readonly HeldSkill[];
  /** Skills a past job fills in and the person has not rated themselves, with where each comes from. */
  filled?: readonly (HeldSkill & { from: string })[];
  onToggle: (slug: string, checked: boolean) => void;
  onLevelChange: (slug: string, level: SkillLevel) => void;
  takeOff?: { href: (slug: string) => string; onTakeOff: (slug: string) => void };
}) {
  const id = useId();
  const { filter, unticked, toggle, field } = useCheckboxFilter(onToggle);
  const pickedBySlug = new Map(picked.map((p) => [p.skill, p]));
  const filledBySlug = new Map(filled.map((f) => [f.skill, f]));
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
        {filled.length > 0 && ' Skills a job you had builds are filled in and say which job; change a level or take one off.'}
      </p>
      <FilterField id={`${id}-filter`} label="Filter the skills" hintId={`${id}-hint`} {...field} />
      {/* Always in the markup, shown by an attribute: the list's elements never come and go as the person types. */}
      <p className={`mt-1 text-sm ${mutedTextClass}`} hidden={!filtering || matching.size > 0}>
        No skill matches this filter; try another word.
      </p>
      <div className="mt-2 rounded-md border border-slate-200 px-3 lg:max-h-72 lg:overflow-y-auto dark:border-slate-700">
        {groups.map((group) => (
          <fieldset key={group.kind} hidden={!listed(group.kind).some((skill) => shown(skill.slug))}>
            <legend className="pt-2 text-xs font-bold tracking-wide text-slate-700 uppercase dark:text-slate-300">{group.label}</legend>
            {listed(group.kind).map((skill) => {
              const fromJob = filledBySlug.get(skill.slug);
              if (fromJob && !pickedBySlug.has(skill.slug)) {
                return <FilledSkill key={skill.slug} skill={skill} held={fromJob} onLevelChange={onLevelChange} takeOff={takeOff} />;
              }
              const held = pickedBySlug.get(skill.slug);
              return (
                <div key={skill.slug} className="flex min-h-11 flex-wrap items-center gap-x-3" hidden={!shown(skill.slug)}>
                  <label className="flex min-h-11 grow items-center gap-2">
                    <input
                      type="checkbox"
                      name="skills"
                      value={held ? encodeHeldSkill(held) : skill.slug}
                      checked={held !== undefined}
                      onChange={toggle(skill.slug)}
                      className="size-5 shrink-0"
                    />
                    {skill.name}
                  </label>
                  {held && <LevelSelect skill={skill} level={held.level} onLevelChange={onLevelChange} picked />}
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}

/** A skill a past job fills in: held, credited to the job, with a level to change and a way to take it off. */
function FilledSkill({
  skill,
  held,
  onLevelChange,
  takeOff,
}: {
  skill: MatchSkill;
  held: HeldSkill & { from: string };
  onLevelChange: (slug: string, level: SkillLevel) => void;
  takeOff?: { href: (slug: string) => string; onTakeOff: (slug: string) => void } | undefined;
}) {
  return (
    <div className="flex min-h-11 flex-wrap items-center gap-x-3 py-1" data-filled-skill={skill.slug}>
      <span className="flex min-h-11 grow items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-flex size-5 shrink-0 items-center justify-center rounded-sm bg-brand-700 text-sm text-white dark:bg-sky-300 dark:text-slate-950"
        >
          ✓
        </span>
        <span>
          {skill.name} <span className={`text-sm ${mutedTextClass}`}>{held.from}</span>
        </span>
      </span>
      <LevelSelect skill={skill} level={held.level} onLevelChange={onLevelChange} />
      {takeOff && (
        <a
          href={takeOff.href(skill.slug)}
          aria-label={`Take off ${skill.name}`}
          onClick={(event: MouseEvent) => {
            event.preventDefault();
            takeOff.onTakeOff(skill.slug);
          }}
          className="text-sm"
        >
          Take off
        </a>
      )}
    </div>
  );
}

/** The level a held skill counts at; `picked` marks the select of a skill the person ticked themselves. */
function LevelSelect({
  skill,
  level,
  onLevelChange,
  picked = false,
}: {
  skill: MatchSkill;
  level: SkillLevel;
  onLevelChange: (slug: string, level: SkillLevel) => void;
  picked?: boolean;
}) {
  return (
    <select
      aria-label={`Level of ${skill.name}`}
      data-level-for={picked ? skill.slug : undefined}
      value={level}
      onChange={(event) => onLevelChange(skill.slug, event.target.value as SkillLevel)}
      className={`${fieldClass} py-1 text-sm`}
    >
      {skillLevels.map((option) => (
        <option key={option} value={option}>
          {skillLevelLabels[option]}
        </option>
      ))}
    </select>
  );
}
