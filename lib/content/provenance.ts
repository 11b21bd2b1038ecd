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
            .describe('A short fragment copied word for word from the article, two to fifteen words (checked against its fingerprint)'),
        })
        .strict(),
      z
        .object({
          editorial: z
            .string()
            .trim()
            .min(10, 'an editorial item needs a one-line reason, e.g. { "editorial": "Both roles answer customers; this guide suggests the step" }')
            .describe("This guide's own suggestion, with a one-line reason a reader can weigh"),
          general: z
            .string()
            .trim()
            .min(3)
            .optional()
            .describe('Where the article says this only of BPO work in general (not of this role or move): its words, two to fifteen, checked like any quote'),
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
