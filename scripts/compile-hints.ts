import fs from 'node:fs';
import path from 'node:path';

/**
 * V8's explicit compile hint (Chrome 136 and later): with this comment first in a script, the browser
 * compiles all of the script's functions while it downloads, on a background thread. Without it, each
 * function is compiled on the main thread the first time it runs, and nearly all of the framework runs
 * once, while the page hydrates: on /match that compiling was most of the one task that blocked a
 * phone for longest after the first paint. Other browsers read it as a comment.
 */
export const compileHint = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts the compile hint at the top of the App Router's bootstrap scripts (build-manifest.json's
 * `rootMainFiles`: the framework, its runtime and the app's entry), which every interactive page
 * loads and runs at once. Page chunks are left as they are: much of their code runs only on a
 * click, and compiling it all up front would cost memory for nothing. Runs after Next's compile
 * (next.config.ts), before the build copies or serves anything; returns the files hinted.
 * A file that already has the hint is left alone, so running it twice changes nothing.
 */
export function addCompileHints(distDir: string): string[] {
  const manifestFile = path.join(distDir, 'build-manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: the compile hints run after "next build" has compiled`);
  const { rootMainFiles } = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { rootMainFiles?: string[] };
  if (!rootMainFiles?.length) throw new Error(`${manifestFile} lists no rootMainFiles: has Next.js changed how it names the App Router's bootstrap scripts?`);
  const hinted: string[] = [];
  for (const file of rootMainFiles.filter((name) => name.endsWith('.js'))) {
    const target = path.join(distDir, file);
    const text = fs.readFileSync(target, 'utf8');
    if (text.startsWith(compileHint)) continue;
    fs.writeFileSync(target, compileHint + text);
    hinted.push(file);
  }
  return hinted;
}
