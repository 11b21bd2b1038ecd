import fs from 'node:fs';
import path from 'node:path';
import type { Content } from './schemas';
import { formatProblem, validateContent, type ContentProblem, type RawContent, type RawFile } from './validate';

/** Where content lives; CONTENT_DIR points builds and checks at a fixture instead. */
export function contentDirectory(): string {
  // The ignore comment keeps Turbopack from tracing the whole project into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

function readJson(dir: string, relative: string, problems: ContentProblem[], fallback: unknown): RawFile {
  const file = path.join(path.basename(dir), relative);
  const full = path.join(dir, relative);
  if (!fs.existsSync(full)) {
    problems.push({ file, path: '(file)', message: 'file is missing' });
    return { file, data: fallback };
  }
  try {
    return { file, data: JSON.parse(fs.readFileSync(full, 'utf8')) };
  } catch (error) {
    problems.push({ file, path: '(file)', message: `invalid JSON: ${(error as Error).message}` });
    return { file, data: fallback };
  }
}

/** The article's fingerprint and citation, beside the content it backs; the article itself is not in the project. */
const fingerprintFile = 'article-fingerprint.json';

function listFiles(dir: string, sub: string, extension: string): string[] {
  const full = path.join(dir, sub);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.join(sub, name));
}

export function readRawContent(dir = contentDirectory()): { raw: RawContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const raw: RawContent = {
    roles: listFiles(dir, 'roles', '.json').map((f) => readJson(dir, f, problems, {})),
    backgrounds: listFiles(dir, 'backgrounds', '.json').map((f) => readJson(dir, f, problems, {})),
    skills: readJson(dir, 'skills.json', problems, []),
    glossary: readJson(dir, 'glossary.json', problems, []),
    certifications: readJson(dir, 'certifications.json', problems, []),
    advice: readJson(dir, 'advice.json', problems, []),
    guides: readJson(dir, 'guides.json', problems, []),
    fingerprint: readJson(dir, fingerprintFile, problems, {}),
    guideSources: listFiles(dir, 'guides', '.mdx').map((f) => ({
      file: path.join(path.basename(dir), f),
      data: fs.readFileSync(path.join(dir, f), 'utf8'),
    })),
  };
  return { raw, problems };
}

/** Where the interface's own words live: routes, pages and components. */
const interfaceDirectories = ['app', 'components', 'pages'] as const;

/** The source of every page, route and component (.ts, .tsx), for the check of the interface's words. */
export function readInterfaceSources(root = process.cwd()): RawFile<string>[] {
  // Only the checks read these; the ignore comments keep the build from tracing the sources into the server.
  return interfaceDirectories.flatMap((dir) => {
    const full = path.join(/*turbopackIgnore: true*/ root, dir);
    return (fs.readdirSync(full, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((name) => /\.tsx?$/.test(name))
      .sort()
      .map((name) => ({ file: path.join(dir, name), data: fs.readFileSync(path.join(/*turbopackIgnore: true*/ full, name), 'utf8') }));
  });
}

/** Reads and validates content; every problem found, or the content. */
export function checkContent(dir = contentDirectory()): { content: Content | null; problems: ContentProblem[] } {
  const { raw, problems: readProblems } = readRawContent(dir);
  const { content, problems } = validateContent(raw);
  const all = [...readProblems, ...problems];
  return { content: all.length ? null : content, problems: all };
}

let cached: Content | undefined;

/** The validated content, read once per process; throws ContentError listing every problem. */
export function getContent(): Content {
  if (cached) return cached;
  const { content, problems } = checkContent();
  if (!content) throw new ContentError(problems);
  cached = content;
  return content;
}
