'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchHref } from '@/lib/params/search';
import { maxQueryLength, searchGrouped, type SearchHit } from '@/lib/search-index';
import { useSearchIndex } from './use-search-index';
import { mutedTextClass } from '@/components/ui/styles';

/**
 * Instant search in a modal <dialog> (showModal traps focus; Escape closes it). The input is a
 * WAI-ARIA combobox over a grouped listbox: arrows move the active option, Enter opens it.
 */
export default function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const { search, failed } = useSearchIndex(open);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const groups = useMemo(() => (search ? searchGrouped(search, query) : []), [search, query]);
  const hits = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  const active = hits[Math.min(activeIndex, hits.length - 1)];
  const optionId = (hit: SearchHit) => `${ids}-option-${hits.indexOf(hit)}`;
  const activeId = active ? optionId(active) : undefined;
  const listboxId = `${ids}-listbox`;
  const expanded = hits.length > 0;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function openHit(hit: SearchHit) {
    dialogRef.current?.close();
    router.push(hit.id);
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (hits.length === 0) return;
    const index = Math.min(activeIndex, hits.length - 1);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveIndex((index + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex((index - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      openHit(active);
    }
  }

  const status = failed
    ? 'Search could not load. Press Enter to search on a page of its own.'
    : !search
      ? 'Loading search…'
      : !query.trim()
        ? 'Type to search roles, skills, guides and glossary terms.'
        : hits.length === 0
          ? 'No results. Check the spelling, or try a shorter word.'
          : `${hits.length} result${hits.length === 1 ? '' : 's'}. Use the up and down arrows to choose, Enter to open.`;

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes the dialog; from the keyboard, Escape and the Close button do
    <dialog
      ref={dialogRef}
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialogRef.current) dialogRef.current.close();
      }}
      className="m-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] max-h-[80vh] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <search>
        <form
          action="/search"
          className="flex flex-col gap-2 p-4"
          onSubmit={(event) => {
            // With results, Enter opens the active one (handled on keydown); the form only submits
            // when there is nothing to choose, e.g. if the index failed to load.
            if (active) event.preventDefault();
          }}
        >
          <div className="flex items-center justify-between gap-2">
            <h2 id={`${ids}-title`} className="text-lg font-semibold">
              <label htmlFor={`${ids}-input`}>Search</label>
            </h2>
            <button
              type="button"
              onClick={() => dialogRef.current?.close()}
              className="rounded-md border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
            >
              Close<span className="sr-only"> search</span>
            </button>
          </div>
          <input
            ref={inputRef}
            id={`${ids}-input`}
            name="q"
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            maxLength={maxQueryLength}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-activedescendant={expanded ? activeId : undefined}
            aria-describedby={`${ids}-status`}
            placeholder="Roles, skills, guides, terms…"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActiveIndex(0);
            }}
            onKeyDown={onInputKeyDown}
            className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base dark:border-slate-500 dark:bg-slate-950"
          />
          <p id={`${ids}-status`} role="status" className={`text-sm ${mutedTextClass}`}>
            {status}
          </p>
        </form>
      </search>
      <div
        id={listboxId}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded}
        className="max-h-[55vh] overflow-y-auto border-t border-slate-200 px-2 pb-2 dark:border-slate-700"
      >
        {groups.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: a group of options inside an ARIA listbox; a fieldset groups form controls
          <div key={group.kind} role="group" aria-labelledby={`${ids}-group-${group.kind}`} className="mt-2">
            <div id={`${ids}-group-${group.kind}`} role="presentation" className={`px-2 py-1 text-xs font-semibold uppercase tracking-wide ${mutedTextClass}`}>
              {group.label}
            </div>
            {group.hits.map((hit) => {
              const isActive = hit === active;
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input keeps focus and handles the arrows and Enter (aria-activedescendant)
                // biome-ignore lint/a11y/useFocusableInteractive: options are never focused in the aria-activedescendant pattern; the input is
                <div
                  key={hit.id}
                  id={optionId(hit)}
                  role="option"
                  aria-selected={isActive}
                  onClick={() => openHit(hit)}
                  onMouseMove={() => !isActive && setActiveIndex(hits.indexOf(hit))}
                  className={`cursor-pointer rounded-md px-2 py-1.5 ${isActive ? 'bg-brand-100 text-slate-950 outline-2 outline-brand-600 dark:bg-slate-700 dark:text-white dark:outline-sky-300' : ''}`}
                >
                  <span className="block font-medium">{hit.title}</span>
                  <span className={`block truncate text-sm ${mutedTextClass}`}>{hit.summary}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {query.trim() && (
        <p className="border-t border-slate-200 px-4 py-2 text-sm dark:border-slate-700">
          <a href={searchHref(query)}>See all results on a page</a>
        </p>
      )}
    </dialog>
  );
}
