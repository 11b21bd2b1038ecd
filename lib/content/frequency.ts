import { normaliseQuote, paddedArticle } from './provenance';

// Words that claim how common something is, or what the norm is. The site may only say such a thing
// when the article does: the word must sit inside a run of words copied from the article.
const frequencyWords = ['often', 'usually', 'usual', 'most', 'mostly', 'common', 'commonly', 'typical', 'typically', 'many', 'standard', 'generally', 'normally', 'frequently'];

/** Shortest run of words around a frequency word that counts as quoting the article. */
const quoteWords = 5;

/** Phrases that use a frequency word without claiming frequency or a norm, each with the reason. */
export const frequencyExceptions: readonly { phrase: string; reason: string }[] = [
  { phrase: 'how often', reason: 'defines what a rate metric measures (first call resolution); it claims nothing about how common anything is' },
];

export interface FrequencyClaim {
  word: string;
  /** The words around it, for the author to find it. */
  excerpt: string;
}

/**
 * Frequency or norm words in a text that neither quote the article (the word inside a run of at
 * least five words that also occurs in the article) nor fall under a listed exception.
 */
export function unbackedFrequencyClaims(text: string, article: string): FrequencyClaim[] {
  const words = normaliseQuote(text).split(' ').filter(Boolean);
  const padded = paddedArticle(article);
  const exceptions = frequencyExceptions.map((e) => normaliseQuote(e.phrase).split(' '));
  const claims: FrequencyClaim[] = [];
  words.forEach((word, i) => {
    if (!frequencyWords.includes(word)) return;
    const excepted = exceptions.some((phrase) =>
      phrase.some((w, k) => w === word && phrase.every((p, j) => words[i - k + j] === p)),
    );
    if (excepted) return;
    let quoted = false;
    for (let start = Math.max(0, i - quoteWords + 1); start <= i && !quoted; start++) {
      const run = words.slice(start, start + quoteWords);
      if (run.length === quoteWords && padded.includes(` ${run.join(' ')} `)) quoted = true;
    }
    if (!quoted) claims.push({ word, excerpt: words.slice(Math.max(0, i - 5), i + 6).join(' ') });
  });
  return claims;
}
