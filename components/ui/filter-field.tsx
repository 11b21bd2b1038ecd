'use client';

import { useLayoutEffect, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { fieldClass } from './styles';

/**
 * The text of a filter box, starting from what was typed before the scripts ran (the box is on
 * screen, and usable, before then).
 */
function useFilterText(): [string, (value: string) => void, RefObject<HTMLInputElement | null>] {
  const [filter, setFilter] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const typed = ref.current?.value;
    if (typed) setFilter(typed);
  }, []);
  return [filter, setFilter, ref];
}

/**
 * A filter over a list of checkboxes: its text, and the boxes unticked while the filter leaves them
 * out, which stay in view until the filter changes, so the box under the person's finger (and
 * keyboard focus) does not vanish. Spread `field` on the FilterField; each box's onChange is
 * `toggle(key)`, which passes the change on to `onToggle`.
 */
export function useCheckboxFilter(onToggle: (key: string, checked: boolean) => void) {
  const [filter, setFilter, inputRef] = useFilterText();
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  return {
    filter,
    unticked,
    toggle: (key: string) => (event: ChangeEvent<HTMLInputElement>) => {
      if (!event.target.checked) setUnticked((kept) => new Set(kept).add(key));
      onToggle(key, event.target.checked);
    },
    field: {
      value: filter,
      onChange: (value: string) => {
        setFilter(value);
        setUnticked(new Set());
      },
      inputRef,
    },
  };
}

/** A text box that narrows a long list as the person types; `hintId` names the list's instructions. */
export function FilterField({
  id,
  label,
  value,
  onChange,
  hintId,
  inputRef,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hintId: string;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <>
      <label htmlFor={id} className="mt-2 block text-sm font-medium">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hintId}
        autoComplete="off"
        className={`${fieldClass} mt-1 w-full`}
      />
    </>
  );
}
