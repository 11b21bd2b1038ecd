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

/**
 * Asks once for each page and for the hashed assets it names, then waits (a few seconds at most)
 * until the server sends those as Brotli: the measurements then see a server that has been up for a
 * while, whose page cache holds them (scripts/page-cache.mjs), rather than its first visitor.
 */
export async function warmUp(origin, paths) {
  const assets = new Set();
  for (const page of paths) {
    const html = await (await fetch(origin + page)).text();
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)) assets.add(asset);
  }
  const coding = async (asset) => {
    const response = await fetch(origin + asset, { headers: { 'accept-encoding': 'br' } });
    await response.arrayBuffer();
    return response.headers.get('content-encoding');
  };
  // The first round fills the cache (answered as gzip); Brotli follows from the thread pool.
  for (let tries = 0; tries < 25; tries++) {
    const codings = await Promise.all([...assets].map(coding));
    if (codings.every((name) => name === 'br')) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
