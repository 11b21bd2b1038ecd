import { z } from 'zod';
import { normaliseQuote } from './provenance';

// The article's text is not in the project. What is kept is its fingerprint: the hashes of its
// normalised word runs (shingles) of two to five words, sorted so they carry no word order. A quote
// is in the article when all its runs are; the same set finds prose copied from it.

/** Runs of this many words are the unit of comparison for longer texts. */
const shingleWords = 5;
/** Runs shorter than a shingle are kept too, so a quote of two to four words can be checked whole. */
const shortestRun = 2;

/** A quote backs a claim in a few words: at least two (one word says nothing in context), at most fifteen. */
const quoteWords = { min: shortestRun, max: 15 } as const;

/** A run of this many of our words found in the article is copying, unless it is a marked quote. */
export const copiedRunWords = 10;

export const articleCitationSchema = z
  .object({
    title: z.string().min(2).describe("The article's title, as cited"),
    publisher: z.string().min(2).describe('Who published it'),
    address: z.url().describe('Where it is published'),
  })
  .strict();

export type ArticleCitation = z.infer<typeof articleCitationSchema>;

export const articleFingerprintSchema = articleCitationSchema
  .extend({
    hash: z.literal('fnv1a32-fmix').describe('How a run of normalised words, joined by single spaces, is hashed'),
    shingleWords: z.literal(shingleWords).describe('Longest run hashed; quotes and prose are compared in runs of this many words'),
    runs: z
      .string()
      .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'base64 of sorted 32-bit big-endian hashes')
      .describe("Base64 of the sorted hashes of every run of two to five of the article's normalised words"),
  })
  .strict();

export type ArticleFingerprint = z.infer<typeof articleFingerprintSchema>;

/** A text as the normalised words quotes are compared in (see normaliseQuote). */
export function wordsOf(text: string): string[] {
  const normalised = normaliseQuote(text);
  return normalised ? normalised.split(' ') : [];
}

/** FNV-1a over the run's characters, then murmur3's finaliser so nearby runs spread over all 32 bits. */
function hashRun(words: readonly string[]): number {
  const text = words.join(' ');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The fingerprint of an article's text, with the citation a reader needs to find it. */
export function fingerprintArticle(text: string, citation: ArticleCitation): ArticleFingerprint {
  const words = wordsOf(text);
  const hashes = new Set<number>();
  for (let size = shortestRun; size <= shingleWords; size++) {
    for (let start = 0; start + size <= words.length; start++) hashes.add(hashRun(words.slice(start, start + size)));
  }
  const sorted = Uint32Array.from([...hashes].sort((a, b) => a - b));
  const bytes = new Uint8Array(sorted.length * 4);
  const view = new DataView(bytes.buffer);
  sorted.forEach((hash, i) => {
    view.setUint32(i * 4, hash);
  });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { ...citation, hash: 'fnv1a32-fmix', shingleWords, runs: btoa(binary) };
}

/** The article's runs, ready for lookups. */
export interface ArticleIndex {
  /** True when these words stand together in the article (two to five words: the run itself; longer: every shingle). */
  contains(words: readonly string[]): boolean;
}

let lastIndex: { runs: string; index: ArticleIndex } | undefined;

/** Decodes a fingerprint once; validation asks about hundreds of texts against the same one. */
export function articleIndex(fingerprint: Pick<ArticleFingerprint, 'runs'>): ArticleIndex {
  if (lastIndex?.runs === fingerprint.runs) return lastIndex.index;
  const binary = atob(fingerprint.runs);
  const hashes = new Set<number>();
  for (let i = 0; i + 4 <= binary.length; i += 4) {
    hashes.add(((binary.charCodeAt(i) << 24) | (binary.charCodeAt(i + 1) << 16) | (binary.charCodeAt(i + 2) << 8) | binary.charCodeAt(i + 3)) >>> 0);
  }
  const has = (words: readonly string[]) => hashes.has(hashRun(words));
  const index: ArticleIndex = {
    contains(words) {
      if (words.length < shortestRun) return false;
      if (words.length <= shingleWords) return has(words);
      for (let start = 0; start + shingleWords <= words.length; start++) {
        if (!has(words.slice(start, start + shingleWords))) return false;
      }
      return true;
    },
  };
  lastIndex = { runs: fingerprint.runs, index };
  return index;
}

/** A stretch of words, [start, end), in a list of normalised words. */
export interface WordRun {
  start: number;
  end: number;
}

/**
 * The longest stretches of `words` that stand in the article and are at least `minimum` words long
 * (at least a shingle), left to right and not overlapping.
 */
export function articleRuns(index: ArticleIndex, words: readonly string[], minimum: number): WordRun[] {
  const runs: WordRun[] = [];
  let start = -1;
  // One step past the last shingle, as a miss, closes a run that reaches the end.
  for (let i = 0; i + shingleWords <= words.length + 1; i++) {
    const hit = i + shingleWords <= words.length && index.contains(words.slice(i, i + shingleWords));
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      const end = i - 1 + shingleWords;
      if (end - start >= minimum) runs.push({ start, end });
      start = -1;
    }
  }
  return runs;
}

/** The longest stretch of a misquote that the article does contain, to show where it goes wrong. */
function longestQuotedStretch(index: ArticleIndex, words: readonly string[]): WordRun | undefined {
  let best: WordRun | undefined;
  for (let start = 0; start < words.length; start++) {
    for (let end = words.length; end - start >= shortestRun && end - start > (best ? best.end - best.start : 0); end--) {
      if (index.contains(words.slice(start, end))) {
        best = { start, end };
        break;
      }
    }
  }
  return best;
}

/**
 * Why a quote cannot stand as the article's words, with what to do instead; undefined when it can.
 * `nearby` is a real quote that shares its words, the best "did you mean" without the article's text.
 */
export function quoteProblem(index: ArticleIndex, quote: string, nearby?: string): string | undefined {
  const words = wordsOf(quote);
  if (words.length < quoteWords.min) {
    return `"${quote}" is a single word; quote at least ${quoteWords.min} words of the article, so a reader sees what it says`;
  }
  if (words.length > quoteWords.max) {
    return `"${quote}" is ${words.length} words; quote at most ${quoteWords.max}, only the words that say this claim`;
  }
  if (index.contains(words)) return undefined;
  const stretch = longestQuotedStretch(index, words);
  const where = !stretch ? '' : stretch.start === 0 ? 'after' : stretch.end === words.length ? 'before' : 'around';
  const hint = stretch
    ? `the article has "${words.slice(stretch.start, stretch.end).join(' ')}" but not the words ${where} it`
    : 'no two of its words stand together in the article';
  const seeAlso = nearby ? ` (a quote in the content with the same words: "${nearby}")` : '';
  return `"${quote}" is not in the article word for word (${hint}); copy its words exactly${seeAlso}, or mark the claim { "editorial": "<reason>" }`;
}
