// `npx tsx scripts/article-fingerprint.ts <article.txt> [--out file] [--publisher name] [--address url]`:
// writes the fingerprint every quote is checked against (content/article-fingerprint.json by default).
// The article stays outside the project; only the hashes of its word runs and its citation are kept.
// The title is the article's first line; publisher and address come from the flags, or else from the
// fingerprint being replaced.
import fs from 'node:fs';
import { articleFingerprintSchema, fingerprintArticle } from '../lib/content/fingerprint';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const out = flag('out') ?? 'content/article-fingerprint.json';
const publisher = flag('publisher');
const address = flag('address');
const [articlePath] = args;
if (!articlePath) {
  console.error('usage: tsx scripts/article-fingerprint.ts <article.txt> [--out file] [--publisher name] [--address url]');
  process.exit(2);
}

const text = fs.readFileSync(articlePath, 'utf8');
const previous = fs.existsSync(out) ? articleFingerprintSchema.partial().safeParse(JSON.parse(fs.readFileSync(out, 'utf8'))).data : undefined;
const citation = {
  title: text.split('\n')[0]?.trim() ?? '',
  publisher: publisher ?? previous?.publisher ?? '',
  address: address ?? previous?.address ?? '',
};
const fingerprint = articleFingerprintSchema.parse(fingerprintArticle(text, citation));
fs.writeFileSync(out, `${JSON.stringify(fingerprint, null, 2)}\n`);
console.log(`${out}: ${atob(fingerprint.runs).length / 4} runs of two to ${fingerprint.shingleWords} words from "${citation.title}"`);
