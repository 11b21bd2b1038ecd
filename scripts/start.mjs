// `npm start`: builds when there is no current build, then serves the production artifact (the
// standalone server, as in the container) on http://localhost:3000 (PORT and HOST change it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
if (!fs.existsSync(path.join(distDir, 'standalone', 'server.js'))) {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serve = spawnSync(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit' });
process.exit(serve.status ?? 0);
