'use client';

import { useId, useState } from 'react';
import { findBackgrounds, maxBackgrounds, type MatchBackground } from '@/lib/backgrounds';
import { FilterField } from '@/components/ui/filter-field';
import { mutedTextClass } from '@/components/ui/styles';

/**
 * The jobs a person had before BPO: checkboxes named `background`, so without JavaScript the form
 * submits them, and with it every tick re-advises in place. The same markup either way; once
 * JavaScript runs the filter finds a job by any of its titles, typos included ("cashir",
 * "checkout", "RN"), and says which title matched.
 */
export function BackgroundPicker({
  backgrounds,
  picked,
  onToggle,
}: {
  backgrounds: readonly MatchBackground[];
  picked: readonly string[];
  onToggle: (slug: string, checked: boolean) => void;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const hits = new Map(findBackgrounds(filter, backgrounds).map((hit) => [hit.background.slug, hit]));
  const full = picked.length >= maxBackgrounds;

  return (
    <fieldset>
      <legend className="text-xl font-semibold">Jobs you had before BPO</legend>
      <p id={`${id}-hint`} className={`text-sm ${mutedTextClass}`}>
        Optional. Tick up to {maxBackgrounds}: the skills each job builds are filled in below, and you can take off any you do not have. A past job opens entry
        roles, not the roles above them. Which skills a job builds is this guide’s suggestion.
      </p>
      {picked.length > 0 && (
        <p className="mt-2">
          <span className="font-medium">Ticked:</span>{' '}
          {picked.map((slug, index) => (
            <span key={slug}>
              {index > 0 && ', '}
              <a href={`/backgrounds/${slug}`}>{backgrounds.find((b) => b.slug === slug)?.title ?? slug}</a>
            </span>
          ))}{' '}
          <span className={`text-sm ${mutedTextClass}`}>(each link says what carries over, and why)</span>
        </p>
      )}
      <FilterField id={`${id}-filter`} label="Find a job you had" value={filter} onChange={setFilter} hintId={`${id}-hint`} />
      <ul className="mt-2 max-h-56 overflow-y-auto rounded-md border border-slate-200 px-3 py-1 dark:border-slate-700">
        {backgrounds.map((background) => {
          const checked = picked.includes(background.slug);
          const hit = hits.get(background.slug);
          // A ticked job stays visible whatever the filter, so it can always be unticked.
          const hidden = !checked && hit === undefined;
          const alsoCalled = hit && hit.matched !== background.title ? hit.matched : undefined;
          return (
            <li key={background.slug} hidden={hidden}>
              <label className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="background"
                  value={background.slug}
                  checked={checked}
                  disabled={full && !checked}
                  onChange={(event) => onToggle(background.slug, event.target.checked)}
                  className="size-5 shrink-0"
                />
                <span>
                  {background.title}
                  {alsoCalled && <span className={`text-sm ${mutedTextClass}`}> (also called {alsoCalled})</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {filter.trim() !== '' && hits.size === 0 && (
        <p role="status" className="mt-1 text-sm">
          No job here is called “{filter.trim()}”. Pick the skills you have below instead.
        </p>
      )}
    </fieldset>
  );
}
