// `npm run size`: the gzip size of the client JavaScript each kind of page loads, against budgets
// measured above the framework floor (an empty App Router page built with the same Next.js).
// Next 16 no longer prints per-route sizes, so this reads the served HTML and gzips what it names.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const emptyApp = 'tests/fixtures/empty-app';
const port = Number(process.env.SIZE_PORT ?? 3190);

// Budgets above the floor, in KB gzip. Static reading pages ship (almost) nothing of ours;
// interactive pages may load what they use.
const reading = 10;
const interactive = 45;
const routes = [
  { name: 'home', path: '/', budget: reading },
  { name: 'role catalogue', path: '/roles?track=back-office&level=entry', budget: reading },
  { name: 'role', path: '/roles/customer-service-representative', budget: reading },
  { name: 'skill', path: '/skills/communication', budget: reading },
  { name: 'guide', path: '/guides/what-is-bpo', budget: reading },
  { name: 'glossary', path: '/glossary', budget: reading },
  { name: 'graph', path: '/paths', budget: interactive },
  { name: 'path plan', path: '/paths?from=customer-service-representative&to=operations-manager', budget: interactive },
  { name: 'match', path: '/match?skills=communication,empathy&target=team-leader', budget: interactive },
  { name: 'compare', path: '/compare?roles=customer-service-representative,trainer', budget: interactive },
  { name: 'search results', path: '/search?q=team', budget: interactive },
];

/** Every JS chunk an HTML page makes the browser load at start-up (noModule polyfill excluded). */
export function chunksOf(html) {
  const noModule = new Set([...html.matchAll(/<script[^>]*src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]));
  const chunks = new Set();
  for (const m of html.matchAll(/\/_next\/(static\/chunks\/[^"'\\\s]+?\.js)/g)) {
    if (!noModule.has(`/_next/${m[1]}`)) chunks.add(m[1]);
  }
  for (const m of html.matchAll(/"otherChunks":\[([^\]]*)\]/g)) {
    for (const c of m[1].matchAll(/"(static\/chunks\/[^"]+\.js)"/g)) chunks.add(c[1]);
  }
  return [...chunks];
}

function gzipSize(dir, chunks) {
  return chunks.reduce((sum, chunk) => sum + gzipSync(fs.readFileSync(path.join(dir, chunk)), { level: 9 }).length, 0);
}

function measureFloor() {
  const html = path.join(emptyApp, '.next/server/app/index.html');
  if (!fs.existsSync(html)) {
    const build = spawnSync('npx', ['next', 'build', emptyApp], { stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: '.next', NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('could not build the empty app for the floor');
  }
  const chunks = chunksOf(fs.readFileSync(html, 'utf8'));
  return { bytes: gzipSize(path.join(emptyApp, '.next'), chunks), scripts: chunks.length };
}

async function waitFor(url, tries = 100) {
  for (let i = 0; i < tries; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`server at ${url} did not start`);
}

async function main() {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.error(`No build in ${distDir}: run \`npx next build\` first.`);
    process.exit(1);
  }
  const floor = measureFloor();
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: 'ignore', detached: true, env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) } });
  let failed = false;
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    console.log(`framework floor: ${(floor.bytes / KB).toFixed(1)} KB gz in ${floor.scripts} scripts (empty App Router page, same Next.js)\n`);
    console.log('route'.padEnd(16) + 'JS gz'.padStart(10) + 'above floor'.padStart(14) + 'budget'.padStart(10));
    for (const route of routes) {
      const response = await fetch(`http://127.0.0.1:${port}${route.path}`);
      if (response.status !== 200) {
        console.log(`${route.name.padEnd(16)} status ${response.status}`);
        failed = true;
        continue;
      }
      const bytes = gzipSize(distDir, chunksOf(await response.text()));
      const above = (bytes - floor.bytes) / KB;
      const ok = above <= route.budget;
      failed ||= !ok;
      console.log(
        `${route.name.padEnd(16)}${`${(bytes / KB).toFixed(1)} KB`.padStart(10)}${`${above >= 0 ? '+' : ''}${above.toFixed(1)} KB`.padStart(14)}${`+${route.budget} KB`.padStart(10)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
      );
    }
  } finally {
    process.kill(-server.pid);
  }
  if (failed) {
    console.error('\nsize: a route is over its JavaScript budget (or failed to load).');
    process.exit(1);
  }
}

await main();
