// Written by scripts/write-generated.ts at build, dev start and before the unit tests (generated/match-data.js, not committed): the
// match data, the same for every visitor, bundled into a content-hashed script the browser caches
// for good instead of reading it from every page's HTML and RSC payload.
import type { MatchPageData } from '@/lib/match-data';

export const matchData: MatchPageData;
