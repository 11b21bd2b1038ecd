import { wordsOf } from './fingerprint';

// Words and phrases that claim how common something is, or what the norm is. Only the article may
// say such a thing, so they may stand only inside a quote of it (a provenance "article" field, or a
// <q> in a guide or the interface). Everywhere else the site says what it knows without them.
const frequencyTerms = [
  'often',
  'oftentimes',
  'usually',
  'usual',
  'unusual',
  'most',
  'mostly',
  'common',
  'commonly',
  'uncommon',
  'typical',
  'typically',
  'many',
  'standard',
  'generally',
  'normally',
  'frequently',
  'frequent',
  'rarely',
  'rare',
  'seldom',
  'widely',
  'widespread',
  'prevalent',
  'routinely',
  'regularly',
  'increasingly',
  'majority',
  'countless',
  'numerous',
  'plenty of',
  'a lot of',
  'lots of',
  'again and again',
  'time and again',
  'time after time',
  'well trodden',
  'tend to',
  'tends to',
  'in general',
  'as a rule',
  'the norm',
  'by and large',
  'more and more',
].map((term) => term.split(' '));

/** Phrases that use a frequency word without claiming frequency or a norm, each with the reason. */
export const frequencyExceptions: readonly { phrase: string; reason: string }[] = [
  { phrase: 'how often', reason: 'defines what a rate metric measures (first call resolution); it claims nothing about how common anything is' },
  { phrase: 'standard occupation', reason: 'names the official classifications of jobs (O*NET-SOC, ISCO-08, ESCO); it claims nothing about what is usual' },
  { phrase: 'most of what', reason: 'counts how much of a role’s skills one person has (the match’s wording); it claims nothing about how common anything is' },
  {
    phrase: '“often”, “usually”, “most” or “plenty of”',
    reason: 'the about page names the words this check looks for; it mentions them and claims nothing with them',
  },
];

export interface FrequencyClaim {
  /** The word or phrase, as listed. */
  word: string;
  /** The words around it, for the author to find it. */
  excerpt: string;
}

const exceptionWords = () => frequencyExceptions.map((e) => wordsOf(e.phrase));

/** Frequency or norm words in a text of our own words, outside the listed exceptions. */
export function frequencyClaims(text: string): FrequencyClaim[] {
  const words = wordsOf(text);
  const startsAt = (phrase: readonly string[], at: number) => phrase.every((w, j) => words[at + j] === w);
  // Word positions an exception covers.
  const excepted = new Set<number>();
  for (const phrase of exceptionWords()) {
    for (let i = 0; i < words.length; i++) {
      if (startsAt(phrase, i)) for (let j = 0; j < phrase.length; j++) excepted.add(i + j);
    }
  }
  const claims: FrequencyClaim[] = [];
  for (let i = 0; i < words.length; i++) {
    const term = frequencyTerms.find((t) => startsAt(t, i) && !t.some((_, j) => excepted.has(i + j)));
    if (!term) continue;
    claims.push({ word: term.join(' '), excerpt: words.slice(Math.max(0, i - 5), i + term.length + 5).join(' ') });
    i += term.length - 1;
  }
  return claims;
}
