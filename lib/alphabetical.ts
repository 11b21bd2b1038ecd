/**
 * Alphabetical order for the site's titles, names and slugs: letters compared without case, then
 * with it. Not `localeCompare`: its first call starts the browser's collator, 15 to 30 ms of main
 * thread that a phone would pay in the middle of hydrating the match. For the content's English
 * titles the two orders agree; tests/unit/lib/alphabetical.test.ts keeps them so.
 */
export function alphabetical(a: string, b: string): number {
  const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
