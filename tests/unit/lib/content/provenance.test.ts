import { describe, expect, it } from 'vitest';
import { frequencyClaims, frequencyExceptions } from '@/lib/content/frequency';
import { normaliseQuote, provenanceSchema } from '@/lib/content/provenance';

describe('quotes from the article', () => {
  it('are compared whatever the case, curly quotes, dashes and line breaks', () => {
    expect(normaliseQuote('The metrics that matter—average  handling time,\nCSAT')).toBe('the metrics that matter average handling time csat');
    expect(normaliseQuote('If you’re aiming')).toBe(normaliseQuote("if you're AIMING"));
  });
  it('are an article fragment or an editorial reason, never both or neither', () => {
    expect(provenanceSchema.safeParse({ article: 'Excellent communication' }).success).toBe(true);
    expect(provenanceSchema.safeParse({ editorial: 'Both roles answer customers, so this guide suggests it.' }).success).toBe(true);
    expect(provenanceSchema.safeParse({ editorial: '  ' }).success).toBe(false);
    expect(provenanceSchema.safeParse({}).success).toBe(false);
    expect(provenanceSchema.safeParse({ article: 'Excellent communication', editorial: 'A reason long enough.' }).success).toBe(false);
  });
});

describe('frequency claims', () => {
  const words = (text: string) => frequencyClaims(text).map((c) => c.word);
  it('are any word or phrase claiming how common something is, in our own words', () => {
    expect(words('It is one of the most common ways into BPO.')).toEqual(['most', 'common']);
    expect(words('Credentials are often the way in.')).toEqual(['often']);
    expect(words('This is usually the first step; typically you need a standard test.')).toEqual(['usually', 'typically', 'standard']);
    expect(words('Plenty of people rarely need a lot of training; the climb is well trodden and agents tend to stay.')).toEqual([
      'plenty of',
      'rarely',
      'a lot of',
      'well trodden',
      'tend to',
    ]);
    expect(words('Again and again, the same calls; in general, BPOs are increasingly specialised.')).toEqual(['again and again', 'in general', 'increasingly']);
  });
  it('count even when the article says the same words: only a marked quote may say them', () => {
    expect(words('BPOs often prioritize internal promotions, so you can move up.')).toEqual(['often']);
  });
  it('leave alone words that only look alike, and the listed exceptions, each with its reason', () => {
    expect(words('Quality standards; almost any commonplace skill; attend to the caller; a lottery.')).toEqual([]);
    expect(words('How often a problem is solved on the first contact.')).toEqual([]);
    for (const exception of frequencyExceptions) expect(exception.reason.length).toBeGreaterThan(20);
  });
});
