// `npm start`: builds when there is no current build, then serves the production site on port 3000.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const port = process.env.PORT ?? '3000';
const run = (args) => spawnSync('npx', ['next', ...args], { stdio: 'inherit' });

if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  const build = run(['build']);
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serve = run(['start', '-p', port]);
process.exit(serve.status ?? 0);
