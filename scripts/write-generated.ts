import fs from 'node:fs';
import path from 'node:path';
import type { Content } from '../lib/content/schemas';
import { layoutRoleGraph } from '../lib/graph-layout';
import { matchPageData } from '../lib/match-data';
import { rolePickerOptions } from '../lib/role-picker-options';

/**
 * Data that is the same for every visitor, written as modules the interactive pages' scripts
 * import (generated/*.js, beside their committed .d.ts: the match's data, the role pickers' options
 * and the laid-out growth graph), so it ships once in a content-hashed chunk
 * the browser keeps for good, not in every response's HTML and RSC payload. next.config.ts writes
 * them at build and dev start, the unit tests' setup before the tests. A file is written only when
 * it changed, so the dev server does not rebuild for nothing.
 */
export async function writeGeneratedModules(content: Content, folder = 'generated') {
  const modules = {
    'match-data.js': ['matchData', matchPageData(content)],
    'role-picker-options.js': ['rolePickerOptions', rolePickerOptions(content)],
    // The whole graph, laid out by ELK here rather than on a server, and the roles it names.
    'growth-graph.js': [
      'growthGraph',
      { layout: await layoutRoleGraph(content.roles), roles: content.roles.map(({ slug, title, track }) => ({ slug, title, track })) },
    ],
  } as const;
  for (const [file, [name, value]] of Object.entries(modules)) {
    const target = path.join(folder, file);
    const text = `// Written by scripts/write-generated.ts from the content: do not edit.\nexport const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) continue;
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(target, text);
  }
}
