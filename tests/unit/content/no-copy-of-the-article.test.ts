import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFingerprintSchema, articleIndex, fingerprintArticle } from '@/lib/content/fingerprint';
import { articleCopies } from '../../support/article-copies';

// Issue 21: the project carries the article's fingerprint, never its text. No file in the repository
// holds a run of 15 of its words; the standalone artifact is checked the same way after a build
// (tests/e2e/deployer-ships-no-copy-of-the-article.spec.ts).
const root = path.join(__dirname, '../../..');
const fingerprint = articleFingerprintSchema.parse(JSON.parse(fs.readFileSync(path.join(root, 'content/article-fingerprint.json'), 'utf8')));
const article = articleIndex(fingerprint);

describe('the repository holds no copy of the article', () => {
  it('has no run of 15 of its words in any tracked file', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(tracked.length).toBeGreaterThan(300);
    expect(
      articleCopies(
        tracked.filter((f) => fs.existsSync(path.join(root, f))),
        article,
        15,
        root,
      ),
    ).toEqual([]);
  });

  it('has no source-article.txt anywhere', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
    expect(tracked.filter((f) => /article\.txt$/.test(f))).toEqual([]);
  });

  it('would find one: a file holding 15 words of an article in a row, however they are spaced and cased', () => {
    // The fixtures' invented article stands in for the real one, whose words this test cannot hold.
    const tiny =
      'Agents answer customers. Skills Required: Excellent talking and listening.\nCareer Growth: agents can move up to team leads, who lead a team.';
    const index = articleIndex(fingerprintArticle(tiny, { title: 'Tiny', publisher: 'Tests', address: 'https://example.org/tiny' }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-copy-'));
    fs.writeFileSync(
      path.join(dir, 'copied.html'),
      '<p>AGENTS answer customers.</p><p>Skills required: excellent talking and listening. Career growth: agents can move up</p>',
    );
    fs.writeFileSync(path.join(dir, 'short.txt'), 'Skills required: excellent talking and listening. Career growth: agents can move up to team.');
    fs.writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(articleCopies(['copied.html', 'short.txt', 'image.png'], index, 15, dir)).toEqual([
      { file: 'copied.html', words: 15, opening: 'agents answer customers skills' },
    ]);
  });
});
