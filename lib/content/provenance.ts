import { z } from 'zod';

// Where a claim comes from: the article (with the words that back it) or this guide's own judgement
// (with the reason), so a reader can tell the source from the project's picks.

const sayWhere = 'say where this comes from: { "article": "<words copied from the article>" } or { "editorial": "<one-line reason>" }';

export const provenanceSchema = z
  .union(
    [
      z
        .object({
          article: z
            .string()
            .trim()
            .min(3, 'quote the words of the article that back this, e.g. { "article": "excellent communication" }')
            .describe('A short fragment copied word for word from the article (checked against its text)'),
        })
        .strict(),
      z
        .object({
          editorial: z
            .string()
            .trim()
            .min(10, 'an editorial item needs a one-line reason, e.g. { "editorial": "Both roles answer customers; this guide suggests the step" }')
            .describe("This guide's own suggestion, with a one-line reason a reader can weigh"),
        })
        .strict(),
    ],
    { error: sayWhere },
  )
  .describe('Where a claim comes from: { "article": "<verbatim fragment>" } or { "editorial": "<reason>" }');

export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * Text reduced to lowercase words separated by single spaces, so a quote matches the article
 * whatever its curly quotes, dashes, line breaks or capitals.
 */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let lastArticle: { text: string; padded: string } | undefined;

/**
 * The article normalised and padded with spaces, for whole-word searches. Validation checks hundreds
 * of texts against the same article, and normalising it each time made loading content take a second.
 */
export function paddedArticle(article: string): string {
  if (lastArticle?.text !== article) lastArticle = { text: article, padded: ` ${normaliseQuote(article)} ` };
  return lastArticle.padded;
}

/** True when the fragment occurs in the article as whole words, after normalising both. */
export function articleContains(article: string, fragment: string): boolean {
  const needle = normaliseQuote(fragment);
  return needle.length > 0 && paddedArticle(article).includes(` ${needle} `);
}

/** The article's clause sharing the most words with a misquoted fragment: what the author probably meant. */
export function closestArticleClause(article: string, fragment: string): string | undefined {
  const wanted = new Set(normaliseQuote(fragment).split(' '));
  let best: { clause: string; shared: number } | undefined;
  for (const clause of article.split(/[\n.;:•]+/)) {
    const words = normaliseQuote(clause).split(' ').filter(Boolean);
    // Long shared words say more than short ones ("talking" over "the").
    const shared = words.filter((w) => wanted.has(w)).reduce((sum, w) => sum + w.length, 0);
    if (shared > 0 && (!best || shared > best.shared)) best = { clause: clause.trim(), shared };
  }
  return best?.clause;
}

export function isEditorial(source: Provenance | undefined): source is { editorial: string } {
  return source !== undefined && 'editorial' in source;
}
