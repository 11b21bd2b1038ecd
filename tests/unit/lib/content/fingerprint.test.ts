import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFingerprintSchema, articleIndex, articleRuns, fingerprintArticle, quoteProblem, wordsOf } from '@/lib/content/fingerprint';

// The fixtures' article: four invented lines, kept here (not as a file) so the fixtures' fingerprint
// can be rebuilt and compared. The real article stays outside the project.
const tinyArticle = [
  'A tiny article for fixtures.',
  'Agents answer customers. Skills Required: Excellent talking and listening.',
  'Career Growth: agents can move up to team leads, who lead a team.',
  'Agents often work evening shifts.',
].join('\n');
const tinyCitation = { title: 'A tiny article for fixtures.', publisher: "The project's tests", address: 'https://example.org/tiny-article' };
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../../..', file), 'utf8'));

const tiny = articleIndex(fingerprintArticle(tinyArticle, tinyCitation));
const real = articleIndex(articleFingerprintSchema.parse(readJson('content/article-fingerprint.json')));

describe('the fixtures’ fingerprint', () => {
  // Every broken fixture is minimal with a patch (tests/support/broken-fixtures.ts), so this one file is all of theirs.
  it('in tests/fixtures/minimal is the fingerprint of the tiny article', () => {
    expect(readJson('tests/fixtures/minimal/article-fingerprint.json')).toEqual(fingerprintArticle(tinyArticle, tinyCitation));
  });
});

describe('a quote is in the article', () => {
  it('whatever its case, curly quotes, dashes and line breaks', () => {
    expect(real.contains(wordsOf('If you’re aiming for a managerial role'))).toBe(true);
    expect(real.contains(wordsOf("if you're aiming for a MANAGERIAL role"))).toBe(true);
    expect(real.contains(wordsOf('customer satisfaction (CSAT)'))).toBe(true);
    expect(real.contains(wordsOf('the metrics that matter—average\nhandling time'))).toBe(true);
  });

  it('when two to four words stand together in it, checked whole', () => {
    expect(tiny.contains(['excellent', 'talking'])).toBe(true);
    expect(tiny.contains(['who', 'lead', 'a', 'team'])).toBe(true);
    // Each pair is in the article, but not the three words in a row.
    expect(tiny.contains(['talking', 'and'])).toBe(true);
    expect(tiny.contains(['and', 'listening'])).toBe(true);
    expect(tiny.contains(['talking', 'and', 'team'])).toBe(false);
  });

  it('when every five-word run of a longer quote is in it', () => {
    expect(tiny.contains(wordsOf('Excellent talking and listening. Career Growth: agents can move up'))).toBe(true);
    expect(tiny.contains(wordsOf('Excellent talking and listening. Career Growth: agents can move down'))).toBe(false);
  });

  it('never for a single word, a word cut in half or nothing', () => {
    expect(tiny.contains(['agents'])).toBe(false);
    expect(real.contains(wordsOf('ership roles within'))).toBe(false);
    expect(real.contains([])).toBe(false);
    expect(real.contains(wordsOf('superb communication'))).toBe(false);
  });
});

describe('quote problems', () => {
  it('name a quote that is too short or too long, and accept one of two to fifteen words', () => {
    expect(quoteProblem(tiny, 'Agents')).toBe('"Agents" is a single word; quote at least 2 words of the article, so a reader sees what it says');
    const sixteen = 'Agents answer customers. Skills Required: Excellent talking and listening. Career Growth: agents can move up to';
    expect(quoteProblem(tiny, sixteen)).toBe(`"${sixteen}" is 16 words; quote at most 15, only the words that say this claim`);
    expect(quoteProblem(tiny, sixteen.replace('Agents answer ', ''))).toBeUndefined();
  });

  it('show how much of a misquote the article does say', () => {
    expect(quoteProblem(tiny, 'agents can move up to team managers')).toBe(
      '"agents can move up to team managers" is not in the article word for word (the article has "agents can move up to team" but not the words after it); copy its words exactly, or mark the claim { "editorial": "<reason>" }',
    );
    expect(quoteProblem(tiny, 'happy agents can move up')).toContain('(the article has "agents can move up" but not the words before it)');
  });
});

describe('runs of the article in a text', () => {
  const words = wordsOf('Our words first. Agents can move up to team leads, who lead a team. Then ours again.');
  it('are found whole, with their length', () => {
    expect(articleRuns(tiny, words, 10)).toEqual([{ start: 3, end: 14 }]);
    expect(words.slice(3, 14).join(' ')).toBe('agents can move up to team leads who lead a team');
  });
  it('shorter than the minimum are left alone', () => {
    expect(articleRuns(tiny, words, 12)).toEqual([]);
    expect(articleRuns(tiny, wordsOf('agents can move up to team'), 5)).toEqual([{ start: 0, end: 6 }]);
  });
});

describe('the real fingerprint', () => {
  const fingerprint = readJson('content/article-fingerprint.json');
  it('cites the article by title, publisher and address', () => {
    expect(fingerprint).toMatchObject({
      title: 'What Is BPO Experience: Career Paths and Skill Sets',
      publisher: 'PeakAlt',
      address: 'https://peakalt.com/what-is-bpo-experience-career-paths-and-skill-sets',
    });
  });
  it('holds hashes in sorted order, so it keeps no word order', () => {
    const binary = atob(fingerprint.runs);
    const hashes = Array.from({ length: binary.length / 4 }, (_, i) =>
      new DataView(Uint8Array.from(binary.slice(i * 4, i * 4 + 4), (c) => c.charCodeAt(0)).buffer).getUint32(0),
    );
    expect(hashes.length).toBeGreaterThan(5000);
    expect(hashes).toEqual([...hashes].sort((a, b) => a - b));
  });
});
