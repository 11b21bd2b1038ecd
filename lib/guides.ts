import type { GuideMeta } from './content/schemas';

export interface GuideHeading {
  id: string;
  text: string;
}

/** Words a reader gets through in a minute; the usual figure for reading-time estimates. */
const wordsPerMinute = 200;

/** "What BPO stands for" -> "what-bpo-stands-for"; the id a heading gets and the TOC links to. */
export function slugifyHeading(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Markdown/MDX inline syntax removed, leaving the words a reader sees. */
function plainText(markdown: string): string {
  return markdown
    .replace(/<(Role|Skill|Term)\s+slug=["']([^"']*)["'][^>]*\/>/g, (_, _kind: string, slug: string) => slug.replace(/-/g, ' '))
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines of the source outside fenced code blocks, so a "## " inside an example is not a heading. */
function proseLines(source: string): string[] {
  let inFence = false;
  return source.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** The guide's second-level headings, in order: its table of contents. */
export function guideHeadings(source: string): GuideHeading[] {
  return proseLines(source)
    .map((line) => /^##\s+(.+?)\s*#*\s*$/.exec(line)?.[1])
    .filter((text): text is string => text !== undefined)
    .map((heading) => {
      const text = plainText(heading);
      return { id: slugifyHeading(text), text };
    });
}

export function wordCount(source: string): number {
  const words = plainText(
    proseLines(source)
      .join('\n')
      .replace(/^#+\s*/gm, ''),
  ).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return words?.length ?? 0;
}

/** Whole minutes, rounded up, never less than one. */
export function readingMinutes(source: string): number {
  return Math.max(1, Math.ceil(wordCount(source) / wordsPerMinute));
}

/** The guides before and after this one, in the order content/guides.json lists them. */
export function guideNeighbours<G extends GuideMeta>(guides: readonly G[], slug: string): { previous?: G; next?: G } {
  const index = guides.findIndex((guide) => guide.slug === slug);
  if (index === -1) return {};
  return { previous: guides[index - 1], next: guides[index + 1] };
}
