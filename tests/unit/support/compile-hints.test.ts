import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCompileHints, compileHint } from '../../../scripts/compile-hints';

/** A build folder as Next leaves it after compiling: the manifest, two bootstrap scripts, a stylesheet and a page chunk. */
function builtFolder(manifest: object = { rootMainFiles: ['static/chunks/framework.js', 'static/chunks/main-app.js', 'static/chunks/root.css'] }) {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
  fs.mkdirSync(path.join(distDir, 'static/chunks'), { recursive: true });
  fs.writeFileSync(path.join(distDir, 'build-manifest.json'), JSON.stringify(manifest));
  const files = {
    'static/chunks/framework.js': 'globalThis.framework=()=>1;',
    'static/chunks/main-app.js': 'globalThis.app=()=>2;',
    'static/chunks/root.css': 'body{margin:0}',
    'static/chunks/match-page.js': 'globalThis.page=()=>3;',
  };
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(distDir, file), text);
  const read = (file: keyof typeof files) => fs.readFileSync(path.join(distDir, file), 'utf8');
  return { distDir, files, read };
}

describe('addCompileHints', () => {
  it('puts the hint first in every bootstrap script, and leaves page chunks and stylesheets as they were', () => {
    const { distDir, files, read } = builtFolder();
    expect(addCompileHints(distDir)).toEqual(['static/chunks/framework.js', 'static/chunks/main-app.js']);
    expect(read('static/chunks/framework.js')).toBe(compileHint + files['static/chunks/framework.js']);
    expect(read('static/chunks/main-app.js')).toBe(compileHint + files['static/chunks/main-app.js']);
    expect(read('static/chunks/match-page.js')).toBe(files['static/chunks/match-page.js']);
    expect(read('static/chunks/root.css')).toBe(files['static/chunks/root.css']);
  });

  it('is a comment V8 reads on its own line, so the script runs as before', () => {
    const { distDir, read } = builtFolder();
    addCompileHints(distDir);
    expect(compileHint).toBe('//# allFunctionsCalledOnLoad\n');
    const context: { framework?: () => number } = {};
    new Function('globalThis', read('static/chunks/framework.js'))(context);
    expect(context.framework?.()).toBe(1);
  });

  it('changes nothing when run a second time', () => {
    const { distDir, read } = builtFolder();
    addCompileHints(distDir);
    const once = read('static/chunks/framework.js');
    expect(addCompileHints(distDir)).toEqual([]);
    expect(read('static/chunks/framework.js')).toBe(once);
  });

  it('fails the build, naming the file, when the manifest is missing or lists no bootstrap scripts', () => {
    const { distDir } = builtFolder();
    fs.rmSync(path.join(distDir, 'build-manifest.json'));
    expect(() => addCompileHints(distDir)).toThrow(/build-manifest\.json is missing/);
    const renamed = builtFolder({ appMainFiles: ['static/chunks/framework.js'] });
    expect(() => addCompileHints(renamed.distDir)).toThrow(/lists no rootMainFiles/);
  });
});
