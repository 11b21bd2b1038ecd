import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The URL readers in lib/params/ take their limits and types from the domain modules (lib/match.ts,
// lib/paths.ts, lib/catalogue.ts…); views (lib/*-view.ts, the handout, the API) read both. A module
// the readers depend on never imports lib/params/ back, so the two cannot grow into one tangle.

const importPattern = /from '([^']+)'/g;

/** The lib/ files `file` imports (relative or `@/` imports that resolve to a file). */
function libImports(file: string): string[] {
  const found: string[] = [];
  for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(importPattern)) {
    if (!spec) continue;
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(file), spec) : undefined;
    const resolved = base && [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
    if (resolved?.startsWith('lib/')) found.push(resolved);
  }
  return found;
}

/** Every lib/ file `starts` depend on, directly or not. */
function dependencies(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = starts.flatMap(libImports);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...libImports(next));
  }
  return seen;
}

const isParams = (file: string) => file.startsWith(`lib${path.sep}params${path.sep}`) || file.startsWith('lib/params/');

describe('lib/params and the domain modules', () => {
  const readers = fs.readdirSync('lib/params').map((name) => path.join('lib/params', name));

  it('reads what the readers depend on (the check sees lib/match.ts behind lib/params/match.ts)', () => {
    expect([...dependencies(readers)]).toEqual(expect.arrayContaining(['lib/match.ts', 'lib/paths.ts', 'lib/catalogue.ts']));
  });

  it('no module the URL readers depend on imports lib/params back', () => {
    const backwards = [...dependencies(readers)]
      .filter((file) => !isParams(file))
      .flatMap((file) =>
        libImports(file)
          .filter(isParams)
          .map((params) => `${file} imports ${params}`),
      );
    expect(backwards).toEqual([]);
  });
});
