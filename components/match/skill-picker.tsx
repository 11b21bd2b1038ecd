'use client';

import { useCombobox, useMultipleSelection } from 'downshift';
import { useId, useState } from 'react';
import type { SkillLevel } from '@/lib/content/schemas';
import { skillLevelLabels } from '@/lib/labels';
import { skillLevelsLowestFirst, type HeldSkill, type MatchSkill } from '@/lib/match';
import { fieldClass, mutedTextClass } from './styles';

const groups = [
  { kind: 'core', label: 'Core skills' },
  { kind: 'role-specific', label: 'Role-specific skills' },
] as const;

const nameOf = (skill: MatchSkill | null) => skill?.name ?? '';

/**
 * The skills the person holds: a WAI-ARIA combobox (downshift) to add them, type to filter, arrows
 * and Enter to pick; each pick becomes a chip with a level select and a remove button. Skills that
 * only come from picked tasks show as chips too, without a remove button (untick the task instead).
 */
export function SkillPicker({
  skills,
  picked,
  fromTasks,
  onAdd,
  onRemove,
  onLevelChange,
}: {
  skills: readonly MatchSkill[];
  picked: readonly HeldSkill[];
  /** Skills the picked tasks build that were not picked by name, with the tasks' texts. */
  fromTasks: readonly { skill: string; tasks: string[] }[];
  onAdd: (slug: string) => void;
  onRemove: (slug: string) => void;
  onLevelChange: (slug: string, level: SkillLevel) => void;
}) {
  const id = useId();
  const [inputValue, setInputValue] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const bySlug = new Map(skills.map((s) => [s.slug, s]));
  const pickedSkills = picked.map((p) => bySlug.get(p.skill)).filter((s): s is MatchSkill => s !== undefined);
  const pickedSlugs = new Set(picked.map((p) => p.skill));

  const filter = inputValue.trim().toLowerCase();
  const available = skills.filter((s) => !pickedSlugs.has(s.slug) && (!filter || s.name.toLowerCase().includes(filter)));
  // Items in the order they are shown (core first), since downshift addresses them by index.
  const grouped = groups.map((group) => ({ ...group, items: available.filter((s) => s.kind === group.kind) }));
  const items = grouped.flatMap((group) => group.items);

  function remove(skill: MatchSkill) {
    onRemove(skill.slug);
    setAnnouncement(`${skill.name} removed.`);
  }

  const { getDropdownProps, getSelectedItemProps, removeSelectedItem, setActiveIndex } = useMultipleSelection<MatchSkill>({
    selectedItems: pickedSkills,
    itemToKey: (item) => item?.slug,
    // Compares before and after rather than reading the action type: downshift reports batched
    // actions under the last type only, which would hide a removal.
    onSelectedItemsChange({ selectedItems }) {
      const kept = new Set((selectedItems ?? []).map((s) => s.slug));
      pickedSkills.filter((s) => !kept.has(s.slug)).forEach(remove);
    },
  });

  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps } = useCombobox<MatchSkill>({
    id,
    items,
    itemToString: nameOf,
    itemToKey: (item) => item?.slug,
    defaultHighlightedIndex: 0,
    selectedItem: null,
    // The input's text stays downshift's own (updated synchronously as keys arrive); this copy
    // only filters the list, so fast typing never loses a character.
    onInputValueChange: ({ inputValue: value }) => setInputValue(value ?? ''),
    stateReducer(state, { changes, type }) {
      switch (type) {
        // Keep the list open on the next option after a pick, so several can be added in a row.
        case useCombobox.stateChangeTypes.InputKeyDownEnter:
        case useCombobox.stateChangeTypes.ItemClick:
          return { ...changes, isOpen: true, highlightedIndex: state.highlightedIndex, inputValue: '' };
        default:
          return changes;
      }
    },
    onStateChange({ type, selectedItem }) {
      switch (type) {
        case useCombobox.stateChangeTypes.InputKeyDownEnter:
        case useCombobox.stateChangeTypes.ItemClick:
          if (selectedItem) {
            onAdd(selectedItem.slug);
            setAnnouncement(`${selectedItem.name} added.`);
          }
          break;
        default:
          break;
      }
    },
  });

  let itemIndex = 0;
  return (
    <div>
      <label {...getLabelProps()} className="block font-semibold">
        Add a skill you have
      </label>
      <p id={`${id}-hint`} className={`text-sm ${mutedTextClass}`}>
        Type to filter, use the arrow keys to move and Enter to add.
      </p>
      <div className="relative mt-1 max-w-md">
        <div className="flex">
          <input
            {...getInputProps(
              getDropdownProps({ preventKeyAction: isOpen, 'aria-describedby': `${id}-hint`, placeholder: 'e.g. Communication' }),
            )}
            className={`${fieldClass} w-full rounded-r-none`}
          />
          <button
            type="button"
            {...getToggleButtonProps({ 'aria-label': 'Show every skill' })}
            className="min-h-11 min-w-11 rounded-r-md border border-l-0 border-slate-400 bg-white px-2 dark:border-slate-500 dark:bg-slate-900"
          >
            <span aria-hidden="true">{isOpen ? '▲' : '▼'}</span>
          </button>
        </div>
        <ul
          {...getMenuProps()}
          className={`absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-600 dark:bg-slate-900 ${isOpen && items.length > 0 ? '' : 'hidden'}`}
        >
          {isOpen &&
            grouped.map((group) =>
              group.items.length === 0 ? null : (
                <li key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
                  <span id={`${id}-${group.kind}`} role="presentation" className="block px-3 pt-2 pb-1 text-xs font-bold uppercase tracking-wide text-slate-700 dark:text-slate-300">
                    {group.label}
                  </span>
                  <ul role="presentation">
                    {group.items.map((item) => {
                      const index = itemIndex++;
                      return (
                        <li
                          key={item.slug}
                          {...getItemProps({ item, index })}
                          className={`cursor-pointer px-3 py-2 ${highlightedIndex === index ? 'bg-brand-100 text-slate-950 dark:bg-sky-900 dark:text-white' : ''}`}
                        >
                          {item.name}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ),
            )}
        </ul>
        {isOpen && items.length === 0 && (
          <p className="absolute z-20 mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
            {filter ? `No skill left matches “${inputValue}”.` : 'Every skill is already picked.'}
          </p>
        )}
      </div>

      <h3 className="mt-4 font-semibold">Your skills</h3>
      {picked.length + fromTasks.length === 0 ? (
        <p className={mutedTextClass}>None picked yet.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2">
          {picked.map((held, index) => {
            const skill = bySlug.get(held.skill);
            if (!skill) return null;
            return (
              <li key={held.skill} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 bg-slate-50 py-1 pr-1 pl-3 dark:border-slate-600 dark:bg-slate-900">
                <span className="font-medium">{skill.name}</span>
                <LevelSelect id={`${id}-level-${held.skill}`} name={skill.name} value={held.level} onChange={(level) => onLevelChange(held.skill, level)} />
                <button
                  type="button"
                  {...getSelectedItemProps({
                    selectedItem: skill,
                    index,
                    // Delete and Backspace act on the active chip: make it the one focused by Tab too.
                    onFocus: () => setActiveIndex(index),
                    onClick: (event) => {
                      (event.nativeEvent as Event & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
                      // downshift then moves focus to the neighbouring chip, or the box when none is left.
                      removeSelectedItem(skill);
                    },
                  })}
                  tabIndex={0}
                  aria-label={`Remove ${skill.name}`}
                  className="min-h-11 min-w-11 rounded-md px-2 text-lg leading-none hover:bg-slate-200 dark:hover:bg-slate-700"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
          {fromTasks.map(({ skill: slug, tasks }) => {
            const skill = bySlug.get(slug);
            if (!skill) return null;
            return (
              <li key={slug} className="flex flex-wrap items-center gap-2 rounded-md border border-dashed border-slate-400 py-1 pr-1 pl-3 dark:border-slate-500">
                <span className="font-medium">{skill.name}</span>
                <span className={`text-sm ${mutedTextClass}`} title={tasks.join('; ')}>
                  from {tasks.length === 1 ? 'a task' : `${tasks.length} tasks`}
                </span>
                <LevelSelect id={`${id}-level-${slug}`} name={skill.name} value="working" onChange={(level) => onLevelChange(slug, level)} />
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function LevelSelect({ id, name, value, onChange }: { id: string; name: string; value: SkillLevel; onChange: (level: SkillLevel) => void }) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Level of {name}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SkillLevel)} className={`${fieldClass} py-1 text-sm`}>
        {skillLevelsLowestFirst.map((level) => (
          <option key={level} value={level}>
            {skillLevelLabels[level]}
          </option>
        ))}
      </select>
    </>
  );
}
