import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const minimal = path.join(__dirname, '../fixtures/minimal');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-fixtures-'));

// biome-ignore lint/suspicious/noExplicitAny: a patch edits loose JSON on purpose, to break it
type Json = any;

/** Per file of the fixture: a function that edits its parsed JSON in place, or returns new MDX text. */
export type FixturePatch = Record<string, (data: Json) => unknown>;

/**
 * A broken content set made from tests/fixtures/minimal and one small patch, in a temporary folder
 * named `name` (problems report files as `<name>/roles/agent.json`). Each fixture shows one thing.
 */
export function fixtureFrom(name: string, patch: FixturePatch): string {
  const dir = path.join(root, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(minimal, dir, { recursive: true });
  for (const [file, edit] of Object.entries(patch)) {
    const full = path.join(dir, file);
    const text = fs.readFileSync(full, 'utf8');
    if (file.endsWith('.json')) {
      const data = JSON.parse(text) as Json;
      edit(data);
      fs.writeFileSync(full, JSON.stringify(data, null, 2));
    } else {
      fs.writeFileSync(full, String(edit(text)));
    }
  }
  return dir;
}
