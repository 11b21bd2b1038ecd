import fs from 'node:fs';
import path from 'node:path';
import { articleRuns, wordsOf, type ArticleIndex } from '../../lib/content/fingerprint';

/** A run of the article's words found in a file. */
export interface ArticleCopy {
  file: string;
  words: number;
  /** The first words of the run, enough to find it. */
  opening: string;
}

/** Text files only: a NUL byte in the first 8 KB marks a binary (images, fonts, compiled modules). */
function readText(file: string): string | undefined {
  const buffer = fs.readFileSync(file);
  return buffer.subarray(0, 8192).includes(0) ? undefined : buffer.toString('utf8');
}

/** Every run of at least `minimum` of the article's words, found through its fingerprint, in the given files. */
export function articleCopies(files: readonly string[], index: ArticleIndex, minimum: number, root = ''): ArticleCopy[] {
  const copies: ArticleCopy[] = [];
  for (const file of files) {
    const text = readText(path.join(root, file));
    if (text === undefined) continue;
    // Markup between words (an HTML page's tags) does not hide a copy.
    const words = wordsOf(text.replace(/<[^<>]{0,200}>/g, ' '));
    for (const run of articleRuns(index, words, minimum)) {
      copies.push({ file, words: run.end - run.start, opening: words.slice(run.start, run.start + 4).join(' ') });
    }
  }
  return copies;
}

/** Every file under a folder, relative to it. */
export function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => fs.statSync(path.join(dir, name)).isFile());
}
