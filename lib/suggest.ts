// Closest-match suggestions for misspelt slugs: used by content checks and 404 pages.
// Imports nothing but the few lines of `alphabetical`, so the 404 page's client component stays tiny.
import { alphabetical } from './alphabetical';

/** Levenshtein edit distance, two-row version. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Ranks candidates by closeness to input: a candidate that contains the input (or a word of it)
 * beats one that is merely a few edits away, since people type the start of a name.
 */
export function closestSlugs(input: string, candidates: readonly string[], count = 3): string[] {
  const needle = input.toLowerCase().slice(0, 200);
  const words = needle.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  const scored = candidates.map((candidate) => {
    let score = editDistance(needle, candidate) / Math.max(needle.length, candidate.length, 1);
    if (needle && candidate.includes(needle)) score -= 1;
    score -= words.filter((w) => candidate.includes(w)).length * 0.3;
    return { candidate, score };
  });
  scored.sort((a, b) => a.score - b.score || alphabetical(a.candidate, b.candidate));
  return scored.slice(0, count).map((s) => s.candidate);
}

/** The single closest candidate, or undefined when nothing is reasonably near. */
export function closestSlug(input: string, candidates: readonly string[]): string | undefined {
  const [best] = closestSlugs(input, candidates, 1);
  if (best === undefined) return undefined;
  const distance = editDistance(input, best);
  return distance <= Math.max(3, Math.ceil(input.length / 3)) || best.includes(input) ? best : undefined;
}
