import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { guideHeadings, guideNeighbours, readingMinutes, slugifyHeading, wordCount } from '@/lib/guides';

describe('guide headings', () => {
  it('slugifies heading text into stable ids', () => {
    expect(slugifyHeading('Understand metrics and KPIs')).toBe('understand-metrics-and-kpis');
    expect(slugifyHeading('"It is only a temporary job"')).toBe('it-is-only-a-temporary-job');
    expect(slugifyHeading('Front office & back office')).toBe('front-office-and-back-office');
    expect(slugifyHeading('Café — résumé')).toBe('cafe-resume');
  });

  it('lists second-level headings in order, as plain text, ignoring code blocks and other levels', () => {
    const source = ['# Title', 'Intro', '## First **step**', '### Detail', '```', '## not a heading', '```', '## The `KPI` list ##'].join('\n');
    expect(guideHeadings(source)).toEqual([
      { id: 'first-step', text: 'First step' },
      { id: 'the-kpi-list', text: 'The KPI list' },
    ]);
  });
});

describe('reading time', () => {
  it('counts words, with a component link counting as its words', () => {
    expect(wordCount('## Hello there\n\nA <Role slug="team-leader" /> leads **people**.')).toBe(7);
  });

  it('rounds up to whole minutes at 200 words a minute, never under one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(200).fill('word').join(' '))).toBe(1);
    expect(readingMinutes(Array(201).fill('word').join(' '))).toBe(2);
  });
});

describe('guide order', () => {
  const guides = ['a', 'b', 'c'].map((slug) => ({ slug, title: slug, summary: 'summary text' }));
  it('gives the previous and next guide in list order, none past either end', () => {
    expect(guideNeighbours(guides, 'b')).toEqual({ previous: guides[0], next: guides[2] });
    expect(guideNeighbours(guides, 'a')).toEqual({ previous: undefined, next: guides[1] });
    expect(guideNeighbours(guides, 'c')).toEqual({ previous: guides[1], next: undefined });
    expect(guideNeighbours(guides, 'zzz')).toEqual({});
  });
});

describe('the real guides', () => {
  const { content } = checkContent();
  it('each has a table of contents with unique heading ids', () => {
    expect(content?.guides.length).toBeGreaterThanOrEqual(6);
    for (const guide of content?.guides ?? []) {
      const ids = guideHeadings(guide.source).map((h) => h.id);
      expect(ids.length, guide.slug).toBeGreaterThanOrEqual(3);
      expect(new Set(ids).size, guide.slug).toBe(ids.length);
    }
  });
});
