import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The pictures in docs/ are there to be seen from the README or a page in docs/ (docs/screenshots.md
// lists every shot scripts/screenshots.mjs takes). One nothing links to is stale weight; a link to a
// missing one is a broken picture on GitHub.

const isImage = (file: string) => /\.(png|jpe?g|gif|svg|webp)$/i.test(file);
const pages = ['README.md', ...fs.readdirSync('docs').flatMap((name) => (name.endsWith('.md') ? [path.join('docs', name)] : []))];

/** The local images a Markdown page links to (Markdown links and images, and <img src>), as paths from the project root. */
function linkedImages(page: string, text: string): string[] {
  const targets = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), ...text.matchAll(/<img[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  return targets.filter((target) => !/^[a-z]+:/i.test(target) && isImage(target.split('#')[0]!)).map((target) => path.join(path.dirname(page), target));
}

describe('images in docs/', () => {
  const linked = new Set(pages.flatMap((page) => linkedImages(page, fs.readFileSync(page, 'utf8'))));
  const present = fs
    .readdirSync('docs')
    .filter(isImage)
    .map((name) => path.join('docs', name));

  it('the check reads Markdown images, links and <img>, relative to the page', () => {
    const text = '![a](role-390.png) [b](../docs/x.png "t") <img src="y.svg" alt=""> [c](https://example.org/z.png) [d](guide.md)';
    expect(linkedImages('docs/page.md', text)).toEqual(['docs/role-390.png', 'docs/x.png', 'docs/y.svg']);
  });

  it('holds no image that README.md or a page in docs/ does not link to', () => {
    expect(present.filter((image) => !linked.has(image))).toEqual([]);
  });

  it('has every image README.md and the pages in docs/ link to', () => {
    expect([...linked].filter((image) => !fs.existsSync(image))).toEqual([]);
  });
});
