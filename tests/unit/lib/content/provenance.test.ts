import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frequencyExceptions, unbackedFrequencyClaims } from '@/lib/content/frequency';
import { articleContains, closestArticleClause, normaliseQuote, provenanceSchema } from '@/lib/content/provenance';

const article = fs.readFileSync(path.join(__dirname, '../../../fixtures/source-article.txt'), 'utf8');

describe('quotes from the article', () => {
  it('match whatever the case, curly quotes, dashes and line breaks', () => {
    expect(normaliseQuote('The metrics that matter—average  handling time,\nCSAT')).toBe('the metrics that matter average handling time csat');
    expect(articleContains(article, 'If you’re aiming for a managerial role')).toBe(true);
    expect(articleContains(article, "if you're aiming for a MANAGERIAL role")).toBe(true);
    expect(articleContains(article, 'customer satisfaction (CSAT)')).toBe(true);
  });
  it('must be whole words the article says, not a paraphrase or a word cut in half', () => {
    expect(articleContains(article, 'superb communication')).toBe(false);
    expect(articleContains(article, 'ership roles within')).toBe(false);
    expect(articleContains(article, '')).toBe(false);
  });
  it('point a misquote at the clause the author probably meant', () => {
    expect(closestArticleClause(article, 'strong technical skills, patience')).toContain('Strong technical knowledge, patience');
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
  it('pass when the frequency word sits in words copied from the article', () => {
    expect(unbackedFrequencyClaims('BPOs often prioritize internal promotions, so you can move up.', article)).toEqual([]);
    expect(unbackedFrequencyClaims('Yes, BPO roles are often entry-level.', article)).toEqual([]);
  });
  it('fail when the site claims a norm the article does not state', () => {
    expect(unbackedFrequencyClaims('It is one of the most common ways into BPO.', article).map((c) => c.word)).toEqual(['most', 'common']);
    expect(unbackedFrequencyClaims('Credentials are often the way in.', article).map((c) => c.word)).toEqual(['often']);
    expect(unbackedFrequencyClaims('This is usually the first step; typically you need a standard test.', article).map((c) => c.word)).toEqual([
      'usually',
      'typically',
      'standard',
    ]);
  });
  it('leave alone words that only look alike, and the listed exceptions, each with its reason', () => {
    expect(unbackedFrequencyClaims('Quality standards; almost any commonplace skill.', article)).toEqual([]);
    expect(unbackedFrequencyClaims('How often a problem is solved on the first contact.', article)).toEqual([]);
    for (const exception of frequencyExceptions) expect(exception.reason.length).toBeGreaterThan(20);
  });
});
