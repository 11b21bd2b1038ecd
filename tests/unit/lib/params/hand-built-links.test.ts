import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Links are a contract: every address of a page that reads its query string is written by that
// page's builder in lib/params/, so the reader and the writer cannot drift apart.
const handBuilt = /["'`]\/(paths|match|compare|search)\?|["'`]\/roles\?/;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(path.relative('.', entry.parentPath), entry.name));
}

describe('links to pages with a query string', () => {
  it('the check catches a hand-built link', () => {
    // Lines of source code the check must catch, not templates: hence plain strings holding ${…}.
    const caught = [
      '<Link href={`/paths?from=$' + '{a}`}>',
      "href='/roles?track=x'",
      'absoluteUrl(`/match?$' + '{query}`)',
      '`/compare?roles=$' + '{x}`',
      '<a href={`/search?q=$' + '{q}`}>',
    ];
    for (const line of caught) {
      expect(line).toMatch(handBuilt);
    }
    expect('pathsHref({ from, to })').not.toMatch(handBuilt);
  });

  it.each(['app', 'pages', 'components', 'lib/api'])('none is built by hand in %s/', (dir) => {
    const found = sourceFiles(dir).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (handBuilt.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
