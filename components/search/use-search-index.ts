'use client';

import { useEffect, useState } from 'react';
import { createSearch, parseSearchDocuments, type ContentSearch } from '@/lib/search-index';

let searchLoading: Promise<ContentSearch> | undefined;

/** Fetches the build-time documents once per page load, checks them, and indexes them in the browser. */
function loadSearch(): Promise<ContentSearch> {
  searchLoading ??= fetch('/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    })
    .then((json: unknown) => createSearch(parseSearchDocuments(json)))
    .catch((error: unknown) => {
      searchLoading = undefined; // the next open tries again
      throw error;
    });
  return searchLoading;
}

/** The site's search index, loaded the first time `wanted` is true (the dialog opens), never before. */
export function useSearchIndex(wanted: boolean): { search: ContentSearch | null; failed: boolean } {
  const [search, setSearch] = useState<ContentSearch | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || search) return;
    let current = true;
    loadSearch().then(
      (loaded) => current && setSearch(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [wanted, search]);
  return { search, failed };
}
