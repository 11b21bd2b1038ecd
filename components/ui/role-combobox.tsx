'use client';

import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useId, useState } from 'react';
import { rankByName } from '@/lib/name-match';
import type { RoleOption } from '@/lib/role-picker-options';
import { RoleOptions } from './role-options';
import { fieldClass } from './styles';
import { useEnhanced } from './use-enhanced';

const titleOf = (option: RoleOption | null) => option?.title ?? '';

interface RoleComboboxProps {
  name: string;
  label: string;
  options: readonly RoleOption[];
  selected?: string;
  onSelect: (slug: string | undefined) => void;
  placeholder?: string;
}

/**
 * A labelled role picker. The server renders a native <select name={name}> so a GET form works
 * without JavaScript; once hydrated it becomes a type-to-filter WAI-ARIA combobox (downshift)
 * whose choice travels in a hidden input of the same name. Typing finds a role by its title or by
 * the words people use for it, best match first. A choice made in the native select before the
 * scripts ran is read by the form (components/paths/plan-form.tsx) before it is swapped.
 */
export function RoleCombobox(props: RoleComboboxProps) {
  return useEnhanced() ? <EnhancedCombobox {...props} /> : <NativeSelect {...props} />;
}

function NativeSelect({ name, label, options, selected, placeholder = 'Choose a role' }: RoleComboboxProps) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={selected ?? ''} className={`${fieldClass} mt-1 w-full`}>
        <RoleOptions roles={options} emptyLabel={placeholder} />
      </select>
    </div>
  );
}

function EnhancedCombobox({ name, label, options, selected, onSelect, placeholder = 'Choose a role' }: RoleComboboxProps) {
  const id = useId();
  const selectedItem = options.find((o) => o.slug === selected) ?? null;
  // Downshift owns the text; only typing filters, so opening the menu after a pick shows every role.
  const [filter, setFilter] = useState('');
  const items = rankByName(filter, options, (o) => ({ name: o.title, aliases: o.aliases }));

  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps } = useCombobox({
    id,
    items,
    itemToString: titleOf,
    selectedItem,
    initialInputValue: titleOf(selectedItem),
    onInputValueChange: ({ inputValue, type }) => setFilter(type === useCombobox.stateChangeTypes.InputChange ? inputValue : ''),
    onSelectedItemChange: ({ selectedItem: item }) => onSelect(item?.slug),
    stateReducer: keepSelection,
  });

  // Spelled out so the label's control is visible in the markup (downshift's props carry it).
  const { htmlFor, ...labelProps } = getLabelProps();
  return (
    <div className="relative">
      <label {...labelProps} htmlFor={htmlFor} className="block font-semibold">
        {label}
      </label>
      <div className="mt-1 flex">
        <input {...getInputProps({ placeholder })} className={`${fieldClass} w-full rounded-r-none`} />
        <button
          type="button"
          {...getToggleButtonProps({ 'aria-label': `Show every role for “${label}”` })}
          className="min-h-11 min-w-11 rounded-r-md border border-l-0 border-slate-400 bg-white px-2 dark:border-slate-500 dark:bg-slate-900"
        >
          <span aria-hidden="true">{isOpen ? '▲' : '▼'}</span>
        </button>
      </div>
      <input type="hidden" name={name} value={selectedItem?.slug ?? ''} />
      <ul
        {...getMenuProps()}
        className={`absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-600 dark:bg-slate-900 ${isOpen && items.length > 0 ? '' : 'hidden'}`}
      >
        {isOpen &&
          items.map((item, index) => (
            <li
              key={item.slug}
              {...getItemProps({ item, index })}
              className={`cursor-pointer px-3 py-2 ${highlightedIndex === index ? 'bg-brand-100 text-slate-950 dark:bg-sky-900 dark:text-white' : ''} ${selectedItem?.slug === item.slug ? 'font-semibold' : ''}`}
            >
              {item.title}
            </li>
          ))}
      </ul>
      {isOpen && items.length === 0 && (
        <p role="status" className="absolute z-20 mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
          No role matches “{filter}”.
        </p>
      )}
    </div>
  );
}

// Escape or leaving the box without picking puts the chosen role's title back instead of clearing it.
function keepSelection(
  state: UseComboboxState<RoleOption>,
  { type, changes }: UseComboboxStateChangeOptions<RoleOption>,
): Partial<UseComboboxState<RoleOption>> {
  switch (type) {
    case useCombobox.stateChangeTypes.InputKeyDownEscape:
      return { ...changes, isOpen: false, selectedItem: state.selectedItem, inputValue: titleOf(state.selectedItem) };
    case useCombobox.stateChangeTypes.InputBlur:
      return { ...changes, inputValue: titleOf(changes.selectedItem ?? state.selectedItem) };
    default:
      return changes;
  }
}
