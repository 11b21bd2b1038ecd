'use client';

import { SearchIcon, searchButtonClass, SiteSearchField } from './search-form';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useEnhanced } from '@/components/ui/use-enhanced';

// The dialog, MiniSearch and the index load on first open only, so other pages pay nothing for them.
const loadDialog = () => import('./search-dialog');
const SearchDialog = lazy(loadDialog);

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The header's search. Without JavaScript it is a GET form to /search; once hydrated, the button
 * opens the instant-search dialog, as do `/` and Ctrl/Cmd+K anywhere outside a text field.
 */
export function SearchTrigger() {
  const enhanced = useEnhanced();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const openDialog = useCallback(() => {
    setLoaded(true);
    setOpen(true);
  }, []);

  const closeDialog = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      if (!slash && !commandK) return;
      event.preventDefault();
      openDialog();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openDialog]);

  return (
    <>
      <search aria-label="Site">
        <form
          action="/search"
          className="flex items-center gap-2"
          onSubmit={(event) => {
            if (!enhanced) return;
            event.preventDefault();
            openDialog();
          }}
        >
          {!enhanced && <SiteSearchField />}
          <button
            ref={buttonRef}
            type={enhanced ? 'button' : 'submit'}
            onClick={enhanced ? openDialog : undefined}
            onPointerEnter={() => void loadDialog()}
            onFocus={() => void loadDialog()}
            aria-haspopup={enhanced ? 'dialog' : undefined}
            aria-keyshortcuts={enhanced ? '/ Control+K Meta+K' : undefined}
            className={searchButtonClass}
          >
            <SearchIcon />
            Search
            {enhanced && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <kbd> is not focusable; the button's aria-keyshortcuts already says it
              <kbd
                aria-hidden="true"
                data-shortcut-hint=""
                className="hidden rounded border border-slate-400 px-1.5 font-mono text-xs text-slate-700 sm:inline dark:border-slate-500 dark:text-slate-300"
              >
                /
              </kbd>
            )}
          </button>
        </form>
      </search>
      {loaded && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={closeDialog} />
        </Suspense>
      )}
    </>
  );
}
