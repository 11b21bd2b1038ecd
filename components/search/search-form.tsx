/**
 * The header's search where no framework runs: a GET form to /search. The enhancement script
 * focuses its field on `/` or Ctrl/Cmd+K. On phones only the button shows; /search has its own field.
 */
export function SearchForm() {
  return (
    <search aria-label="Site">
      <form action="/search" className="flex items-center gap-2">
        <SiteSearchField />
        <button type="submit" className={searchButtonClass}>
          <SearchIcon />
          Search
        </button>
      </form>
    </search>
  );
}

/** The header's search field, hidden on phones (the results page has its own); also the dialog trigger's fallback. */
export function SiteSearchField() {
  return (
    <>
      <label htmlFor="site-search-q" className="sr-only">
        Search the site
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        aria-keyshortcuts="/ Control+K Meta+K"
        className="hidden w-36 rounded-md border border-slate-400 bg-white px-2 py-1 sm:block dark:border-slate-500 dark:bg-slate-900"
      />
    </>
  );
}

/** The header's search button looks the same whichever search it opens. */
export const searchButtonClass =
  'inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-400 px-3 py-1 font-medium hover:bg-slate-100 sm:min-h-0 dark:border-slate-500 dark:hover:bg-slate-800';

export function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}
