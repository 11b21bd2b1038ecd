import type { Background, SkillLevel } from './content/schemas';
import { editDistance } from './suggest';
import { alphabetical } from './alphabetical';

// Past jobs people bring to BPO, as the match and the pages read them. Pure and free of zod, so the
// match page's picker can run it in the browser.

/** The slice of a background the match and its picker need. */
export interface MatchBackground extends Pick<Background, 'slug' | 'title' | 'alternativeTitles' | 'entryPoints'> {
  skills: { skill: string; level: SkillLevel }[];
}

/** Most backgrounds one match reads: a person names the few jobs that shaped them, not a CV. */
export const maxBackgrounds = 3;

/** "from your work as a retail cashier": how a page credits a skill to a past job. */
export function fromYourWorkAs(title: string): string {
  return `from your work as ${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title.toLowerCase()}`;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/**
 * How far a typed word is from the start of a word in a name: 0 when the name's word starts with
 * it, otherwise the edit distance to the name word's beginning of the same length, so "cashir"
 * finds "cashier" and "nurce" finds "nurse" while the person is still typing.
 */
function prefixDistance(typed: string, word: string): number {
  if (word.startsWith(typed)) return 0;
  return Math.min(editDistance(typed, word.slice(0, typed.length)), editDistance(typed, word));
}

/** Typos allowed in a typed word: none in very short words, then one per three letters. */
function tolerance(typed: string): number {
  return typed.length < 3 ? 0 : Math.max(1, Math.floor(typed.length / 3));
}

export interface BackgroundHit {
  background: MatchBackground;
  /** The name that matched: the title or one of the alternative titles people type. */
  matched: string;
  /** Typos it took; 0 for an exact start of a word. */
  distance: number;
}

/**
 * Backgrounds whose title or alternative titles match what a person typed, best first: every typed
 * word must start a word of one name, within a few typos. "cash", "checkout", "waitres" and "RN"
 * all find their job.
 */
export function findBackgrounds(query: string, backgrounds: readonly MatchBackground[]): BackgroundHit[] {
  const typed = words(query.slice(0, 200));
  if (typed.length === 0) return backgrounds.map((background) => ({ background, matched: background.title, distance: 0 }));
  const hits: BackgroundHit[] = [];
  for (const background of backgrounds) {
    let best: BackgroundHit | undefined;
    // The title first, so on equal distance the hit names it.
    for (const name of [background.title, ...background.alternativeTitles, background.slug]) {
      const nameWords = words(name);
      let distance = 0;
      for (const word of typed) {
        const closest = Math.min(...nameWords.map((w) => prefixDistance(word, w)));
        if (closest > tolerance(word)) {
          distance = Number.POSITIVE_INFINITY;
          break;
        }
        distance += closest;
      }
      if (distance < (best?.distance ?? Number.POSITIVE_INFINITY)) best = { background, matched: name === background.slug ? background.title : name, distance };
    }
    if (best) hits.push(best);
  }
  // On a tie, a job's own title beats another job's alternative one ("cash": retail cashier before a bank cashier).
  const byOwnTitle = (hit: BackgroundHit) => (hit.matched === hit.background.title ? 0 : 1);
  return hits.sort((a, b) => a.distance - b.distance || byOwnTitle(a) - byOwnTitle(b) || alphabetical(a.background.title, b.background.title));
}

/**
 * The backgrounds closest to an address that does not exist, for a 404: those the typed words
 * find first, then the rest by edit distance of the slug, so there are always `count`.
 */
export function closestBackgrounds(requested: string, backgrounds: readonly MatchBackground[], count = 3): MatchBackground[] {
  const found = findBackgrounds(requested, backgrounds).map((hit) => hit.background);
  const needle = requested.toLowerCase();
  const rest = backgrounds
    .filter((b) => !found.includes(b))
    .sort((a, b) => editDistance(needle, a.slug) - editDistance(needle, b.slug) || alphabetical(a.slug, b.slug));
  return [...found, ...rest].slice(0, count);
}
