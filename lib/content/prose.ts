// The words a reader sees, split into our own prose and marked quotes of the article, with where
// each piece is. Quotes are checked against the article; prose must not copy it or claim frequency.

/** A piece of text with its place: a JSON field path, or a line of a guide or source file. */
export interface ProseSegment {
  file: string;
  path: string;
  text: string;
  /** True for a marked quote of the article: a provenance "article" or "general" field, a "quote" field, or <q> or “…” in prose. */
  quote: boolean;
}

/** In content prose, words between curly double quotes are the article's, marked as a quote. */
const curlyQuote = /“([^”]*)”/g;

/** A text's quotes and the prose between them; a quote ends our sentence, so prose on either side is separate. */
function splitQuotes(file: string, path: string, text: string, quotes: RegExp): ProseSegment[] {
  const segments: ProseSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(quotes)) {
    segments.push({ file, path, text: text.slice(last, match.index), quote: false });
    segments.push({ file, path, text: (match[1] ?? match[2] ?? '').replace(/<[^>]+>/g, ' '), quote: true });
    last = match.index + match[0].length;
  }
  segments.push({ file, path, text: text.slice(last), quote: false });
  return segments.filter((s) => s.quote || s.text.trim());
}

/** JSON fields that hold the article's words rather than ours (see provenanceSchema, and a past job's skill quote). */
const quoteFields = new Set(['article', 'general', 'quote']);

/**
 * Every string of a parsed JSON file with its field path; one-word values (slugs, codes) are skipped.
 * Strings under a quote field ("article", "general") are marked quotes, and so is
 * “curly-quoted” text inside any other string.
 */
export function jsonProse(file: string, value: unknown, path = '', quote = false): ProseSegment[] {
  if (typeof value === 'string') {
    if (quote) return [{ file, path, text: value, quote }];
    return /\s/.test(value.trim()) ? splitQuotes(file, path, value, curlyQuote) : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => jsonProse(file, item, `${path}[${i}]`, quote));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => jsonProse(file, item, path ? `${path}.${key}` : key, quote || quoteFields.has(key)));
  }
  return [];
}

/** In a guide, a quote is marked with <q>…</q> or curly double quotes. */
const guideQuote = /<q(?:\s[^>]*)?>([\s\S]*?)<\/q>|“([^”]*)”/g;

/**
 * A guide's MDX, line by line: marked quotes are the article's words; the rest (without component
 * tags, whose slugs are markup) is our prose.
 */
export function guideProse(file: string, source: string): ProseSegment[] {
  return source
    .split('\n')
    .flatMap((line, i) =>
      splitQuotes(file, `line ${i + 1}`, line, guideQuote).map((segment) =>
        segment.quote ? segment : { ...segment, text: segment.text.replace(/<[^>]+>/g, ' ') },
      ),
    );
}
