// The words a reader sees, split into our own prose and marked quotes of the article, with where
// each piece is. Quotes are checked against the article; prose must not copy it or claim frequency.

/** A piece of text with its place: a JSON field path, or a line of a guide or source file. */
export interface ProseSegment {
  file: string;
  path: string;
  text: string;
  /** True for a marked quote of the article: a provenance "article" field, a level source, a <q> element. */
  quote: boolean;
}

/** JSON fields that hold the article's words rather than ours. */
const quoteFields = new Set(['article', 'levelSource']);

/**
 * Every string of a parsed JSON file with its field path; one-word values (slugs, codes) are skipped.
 * Strings under a quote field ("article", "levelSource") are marked quotes.
 */
export function jsonProse(file: string, value: unknown, path = '', quote = false): ProseSegment[] {
  if (typeof value === 'string') return /\s/.test(value.trim()) || quote ? [{ file, path, text: value, quote }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => jsonProse(file, item, `${path}[${i}]`, quote));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => jsonProse(file, item, path ? `${path}.${key}` : key, quote || quoteFields.has(key)));
  }
  return [];
}

const quoteElement = /<q(?:\s[^>]*)?>([\s\S]*?)<\/q>/g;

/**
 * A guide's MDX, line by line: the text between <q> and </q> is a quote of the article, the rest
 * (without component tags, whose slugs are markup) is our prose.
 */
export function guideProse(file: string, source: string): ProseSegment[] {
  return source.split('\n').flatMap((line, i) => {
    const path = `line ${i + 1}`;
    const segments: ProseSegment[] = [];
    const prose = line.replace(quoteElement, (_, quoted: string) => {
      segments.push({ file, path, text: quoted.replace(/<[^>]+>/g, ' '), quote: true });
      // A quote ends our sentence: words on either side of it are not one run.
      return ' \u2016 ';
    });
    for (const part of prose.replace(/<[^>]+>/g, ' ').split('\u2016')) {
      if (part.trim()) segments.push({ file, path, text: part, quote: false });
    }
    return segments;
  });
}
