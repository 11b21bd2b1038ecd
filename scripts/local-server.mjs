// The production build served on loopback for the scripts that measure or photograph it (bench,
// bench:pages, screenshots, lighthouse): one way to start it, wait for it and stop it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Builds when there is no standalone build yet. */
function ensureBuild(distDir = process.env.NEXT_DIST_DIR ?? '.next') {
  if (!fs.existsSync(path.join(distDir, 'standalone', 'server.js'))) spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
}

/** Resolves once `url` answers at all (any status); throws when it has not after about `tries` × 200 ms. */
export async function waitFor(url, tries = 150) {
  for (let i = 0; i < tries; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Starts the standalone server (scripts/serve.mjs) on 127.0.0.1:`port`, building first when needed,
 * with `env` added to its environment, and resolves once /healthz answers. `stop()` ends the server
 * and everything it started.
 */
export async function startLocalServer(port, env = {}) {
  ensureBuild();
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/healthz`);
  return { origin, stop: () => server.pid && process.kill(-server.pid) };
}
