// `npx tsx scripts/article-overlap.ts <article.txt> [--runs]`: how much of the article the project's
// prose repeats. Prints the share of the article's 8-word runs that appear, word for word, in our own
// words (content, guides and interface text, marked quotes excluded), and the same with quotes
// included. --runs lists each repeated stretch with where it is. The article is read from outside the
// project; nothing of it is written.
import fs from 'node:fs';
import { wordsOf } from '../lib/content/fingerprint';
import { interfaceProse } from '../lib/content/interface-text';
import { readInterfaceSources, readRawContent } from '../lib/content/load';
import { guideProse, jsonProse, type ProseSegment } from '../lib/content/prose';

const runWords = 8;
const [articlePath, ...flags] = process.argv.slice(2);
if (!articlePath) {
  console.error('usage: tsx scripts/article-overlap.ts <article.txt> [--runs]');
  process.exit(2);
}

const article = wordsOf(fs.readFileSync(articlePath, 'utf8'));
const { raw } = readRawContent();
const segments: ProseSegment[] = [
  ...[...raw.roles, raw.skills, raw.glossary, raw.certifications, raw.advice, raw.guides].flatMap((f) => jsonProse(f.file, f.data)),
  ...raw.guideSources.flatMap((g) => guideProse(g.file, g.data)),
  ...readInterfaceSources().flatMap((s) => interfaceProse(s.file, s.data)),
];

/** Where each 8-word run of the given segments occurs. */
function runsOf(pieces: readonly ProseSegment[]): Map<string, string> {
  const runs = new Map<string, string>();
  for (const piece of pieces) {
    const words = wordsOf(piece.text);
    for (let i = 0; i + runWords <= words.length; i++) {
      const run = words.slice(i, i + runWords).join(' ');
      if (!runs.has(run)) runs.set(run, `${piece.file}: ${piece.path}`);
    }
  }
  return runs;
}

const positions = article.length - runWords + 1;
function share(pieces: readonly ProseSegment[]): { found: number; percent: string; where: Map<number, string> } {
  const runs = runsOf(pieces);
  const where = new Map<number, string>();
  for (let i = 0; i < positions; i++) {
    const at = runs.get(article.slice(i, i + runWords).join(' '));
    if (at) where.set(i, at);
  }
  return { found: where.size, percent: ((100 * where.size) / positions).toFixed(2), where };
}

const prose = share(segments.filter((s) => !s.quote));
const all = share(segments);
console.log(`article: ${article.length} words, ${positions} runs of ${runWords} words`);
console.log(`in our prose (quotes excluded): ${prose.found} runs, ${prose.percent}%`);
console.log(`in all text (quotes included): ${all.found} runs, ${all.percent}%`);
if (flags.includes('--runs')) {
  // Consecutive article positions make one stretch; print each once, with the first place it appears.
  let start = -1;
  for (let i = 0; i <= positions; i++) {
    const hit = prose.where.has(i);
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      console.log(`  ${i - 1 - start + runWords} words at ${prose.where.get(start)}: ${article.slice(start, i - 1 + runWords).join(' ')}`);
      start = -1;
    }
  }
}
