// Runs the production artifact: Next's standalone server (output: 'standalone'), from its own folder.
// The standalone folder holds server.js and the modules it needs; the hashed browser assets, public
// files, the content it reads at run time and the page cache are copied beside it, as the Dockerfile does.
// HOST and PORT choose the address (defaults 0.0.0.0 and 3000). The server itself reads HOSTNAME, but
// shells and container runtimes set that to the machine's name, so it is passed on only from HOST.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Copies what the standalone server serves but Next leaves out of the folder; returns the folder. */
export function prepareStandalone(distDir = process.env.NEXT_DIST_DIR ?? '.next') {
  const standalone = path.join(distDir, 'standalone');
  if (!fs.existsSync(path.join(standalone, 'server.js'))) {
    throw new Error(`${standalone}/server.js is missing: run "npx next build" first`);
  }
  const copy = (from, to) => fs.existsSync(from) && fs.cpSync(from, path.join(standalone, to), { recursive: true });
  copy(path.join(distDir, 'static'), path.join(distDir, 'static'));
  copy('public', 'public');
  copy(process.env.CONTENT_DIR ?? 'content', 'content');
  for (const file of pageCacheFiles) copy(path.join('scripts', file), file);
  return standalone;
}

/** The page cache (scripts/page-cache.mjs) runs inside the server process, preloaded. */
const pageCacheFiles = ['page-cache.mjs', 'install-page-cache.mjs'];
/** How the standalone server is started, here and in the Dockerfile. */
export const serverArgs = ['--import', './install-page-cache.mjs', 'server.js'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cwd = prepareStandalone();
  const env = { ...process.env, HOSTNAME: process.env.HOST ?? '0.0.0.0', PORT: process.env.PORT ?? '3000' };
  delete env.CONTENT_DIR; // the content was copied beside server.js
  const server = spawn(process.execPath, serverArgs, { cwd, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}
