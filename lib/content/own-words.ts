import { articleRuns, copiedRunWords, quoteProblem, wordsOf, type ArticleIndex } from './fingerprint';
import { frequencyClaims } from './frequency';
import type { ProseSegment } from './prose';

/** A problem found in a piece of text: the same shape as every content problem. */
export interface TextProblem {
  file: string;
  path: string;
  message: string;
}

/** The good quote sharing the most of a misquote's words; long shared words count more ("talking" over "the"). */
function closestQuote(misquote: string, quotes: readonly string[]): string | undefined {
  const wanted = new Set(wordsOf(misquote));
  let best: { quote: string; shared: number } | undefined;
  for (const quote of quotes) {
    const shared = wordsOf(quote)
      .filter((w) => wanted.has(w))
      .reduce((sum, w) => sum + w.length, 0);
    // On a tie the longer quote shows more of the article's wording.
    if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && quote.length > best.quote.length))) best = { quote, shared };
  }
  return best?.quote;
}

/**
 * What the site says in its own words and what it quotes, checked against the article's fingerprint:
 * a quote must be the article's words (two to fifteen of them); our prose must not copy a run of ten
 * or more of its words, nor claim how common something is.
 */
export function ownWordsProblems(segments: readonly ProseSegment[], index: ArticleIndex): TextProblem[] {
  const problems: TextProblem[] = [];
  const goodQuotes = [...new Set(segments.filter((s) => s.quote && !quoteProblem(index, s.text)).map((s) => s.text))];
  for (const { file, path, text, quote } of segments) {
    const at = (message: string) => problems.push({ file, path, message });
    if (quote) {
      const problem = quoteProblem(index, text, closestQuote(text, goodQuotes));
      if (problem) at(problem);
      continue;
    }
    const words = wordsOf(text);
    for (const run of articleRuns(index, words, copiedRunWords)) {
      const copied = words.slice(run.start, run.end).join(' ');
      at(
        `"${copied}" copies ${run.end - run.start} words of the article; say it in your own words, or quote at most the few words that back the claim (a provenance "article" field, or <q>…</q> in a guide or page)`,
      );
    }
    for (const claim of frequencyClaims(text)) {
      at(
        `"${claim.word}" claims how common something is ("…${claim.excerpt}…") outside a quote of the article; say what the article says without it, or quote the article's own words`,
      );
    }
  }
  return problems;
}
