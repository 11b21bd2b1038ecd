// `npm run size`: what each kind of page costs a phone, against budgets that fail CI.
// - Reading pages must load no framework at all: their only script is the enhancement script.
// - Interactive pages: client JavaScript above the framework floor (an empty App Router page built
//   with the same Next.js), and the inline RSC payload they carry.
// - Every page: the gzip size of its HTML document.
// - Shared immutable assets, budgeted on their own: the match data (generated/match-data.js), the
//   same for every visitor, in a content-hashed chunk a browser downloads once and keeps.
// Next 16 no longer prints per-route sizes, so this reads the served HTML and gzips what it names.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { waitFor } from './local-server.mjs';
import { chunksOf } from './page-chunks.mjs';

const KB = 1024;
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const emptyApp = 'tests/fixtures/empty-app';
const port = Number(process.env.SIZE_PORT ?? 3190);

// Reading pages may load only the enhancement script, within `enhancementBudget` (KB gzip).
const enhancementScript = '/enhance.js';
const enhancementBudget = 3;
// Which pages, at which URLs, with which budgets: the route registry (lib/route-registry.json). An App
// Router page's budget names `js` (above the framework floor) and `payload`; a reading page's only `html`.
const registry = JSON.parse(fs.readFileSync(new URL('../lib/route-registry.json', import.meta.url), 'utf8'));
const routes = registry.pages.flatMap((page) =>
  page.samples.filter((sample) => sample.size).map((sample) => ({ name: sample.kind, path: sample.url, reading: page.router === 'pages', ...sample.size })),
);

// The match data chunk: a browser fetches it once per build (its name carries a content hash).
const matchDataBudget = 14;
/**
 * The string literal generated/match-data.js hands to JSON.parse, as the minifier leaves it; the
 * bundler puts it in the match workspace's chunk, so it is measured out of that chunk.
 */
function matchDataLiteral(source) {
  const start = source.search(/JSON\.parse\((['"`])\{\\?"roles\\?":\[/);
  if (start < 0) return undefined;
  const open = source.indexOf('(', start) + 1;
  const quote = source[open];
  let end = open + 1;
  while (end < source.length && source[end] !== quote) end += source[end] === '\\' ? 2 : 1;
  return source.slice(open, end + 1);
}

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** The inline RSC payload: what the App Router repeats of the page for hydration. */
function inlinePayload(html) {
  return [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)].map((m) => m[1]).join('');
}

/** Script addresses a page names, framework chunks or not. */
function scriptSources(html) {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
}

function gzipSize(dir, chunks) {
  return chunks.reduce((sum, chunk) => sum + gzipSync(fs.readFileSync(path.join(dir, chunk)), { level: 9 }).length, 0);
}

function measureFloor() {
  const html = path.join(emptyApp, '.next/server/app/index.html');
  if (!fs.existsSync(html)) {
    const build = spawnSync('npx', ['next', 'build', emptyApp], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_DIST_DIR: '.next', NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error('could not build the empty app for the floor');
  }
  const chunks = chunksOf(fs.readFileSync(html, 'utf8'));
  return { bytes: gzipSize(path.join(emptyApp, '.next'), chunks), scripts: chunks.length };
}

async function main() {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.error(`No build in ${distDir}: run \`npx next build\` first.`);
    process.exit(1);
  }
  const floor = measureFloor();
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
  });
  const failures = [];
  /** Chunks holding the match data, with the data's own gzip size. */
  const shared = new Map();
  const fail = (message) => failures.push(message);
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    console.log(`framework floor: ${(floor.bytes / KB).toFixed(1)} KB gz in ${floor.scripts} scripts (empty App Router page, same Next.js)\n`);
    const enhancementBytes = gz(fs.readFileSync(path.join('public', enhancementScript)));
    console.log(`enhancement script: ${(enhancementBytes / KB).toFixed(1)} KB gz (budget ${enhancementBudget} KB)\n`);
    if (enhancementBytes > enhancementBudget * KB) fail(`${enhancementScript} is over its budget`);
    console.log(
      'route'.padEnd(30) +
        'JS gz'.padStart(12) +
        'JS budget'.padStart(16) +
        'HTML gz'.padStart(10) +
        'budget'.padStart(8) +
        'payload gz'.padStart(12) +
        'budget'.padStart(8),
    );
    for (const route of routes) {
      const response = await fetch(`http://127.0.0.1:${port}${route.path}`);
      if (response.status !== 200) {
        fail(`${route.name}: status ${response.status}`);
        continue;
      }
      const html = await response.text();
      const htmlBytes = gz(html);
      const payloadBytes = inlinePayload(html) ? gz(inlinePayload(html)) : 0;
      let jsCell;
      let jsBudgetCell;
      if (route.reading) {
        const scripts = scriptSources(html);
        const framework = chunksOf(html).length > 0 || payloadBytes > 0 || html.includes('__NEXT_DATA__');
        if (framework || scripts.some((src) => src !== enhancementScript))
          fail(`${route.name}: a reading page loads framework scripts (${scripts.join(', ')})`);
        jsCell = `${(scripts.length ? enhancementBytes / KB : 0).toFixed(1)} KB`;
        jsBudgetCell = 'no framework';
      } else {
        const chunks = chunksOf(html);
        let dataBytes = 0;
        for (const chunk of chunks) {
          const literal = matchDataLiteral(fs.readFileSync(path.join(distDir, chunk), 'utf8'));
          if (literal === undefined) continue;
          shared.set(chunk, gz(literal));
          dataBytes += gz(literal);
        }
        const bytes = gzipSize(distDir, chunks) - dataBytes;
        const above = (bytes - floor.bytes) / KB;
        if (above > route.js) fail(`${route.name}: JavaScript +${above.toFixed(1)} KB over the floor, budget +${route.js} KB`);
        jsCell = `+${above.toFixed(1)} KB`;
        jsBudgetCell = `+${route.js} KB`;
        if (payloadBytes > route.payload * KB) fail(`${route.name}: inline payload ${(payloadBytes / KB).toFixed(1)} KB, budget ${route.payload} KB`);
      }
      if (htmlBytes > route.html * KB) fail(`${route.name}: HTML ${(htmlBytes / KB).toFixed(1)} KB, budget ${route.html} KB`);
      console.log(
        route.name.padEnd(30) +
          jsCell.padStart(12) +
          jsBudgetCell.padStart(16) +
          `${(htmlBytes / KB).toFixed(1)} KB`.padStart(10) +
          `${route.html} KB`.padStart(8) +
          (route.reading ? '-' : `${(payloadBytes / KB).toFixed(1)} KB`).padStart(12) +
          (route.reading ? '-' : `${route.payload} KB`).padStart(8),
      );
    }
    const dataBytes = Math.max(0, ...shared.values());
    console.log(`\nshared immutable: match data ${(dataBytes / KB).toFixed(1)} KB gz (budget ${matchDataBudget} KB), not counted in the JavaScript above`);
    if (shared.size === 0) fail("the match data chunk was not found among the interactive pages' scripts");
    if (dataBytes > matchDataBudget * KB) fail(`match data: ${(dataBytes / KB).toFixed(1)} KB gz, budget ${matchDataBudget} KB`);
  } finally {
    process.kill(-server.pid);
  }
  if (failures.length > 0) {
    console.error(`\nsize: ${failures.length} budget(s) broken:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
}

await main();
