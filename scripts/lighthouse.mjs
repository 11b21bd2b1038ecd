// `npm run lighthouse`: Lighthouse 12 (mobile preset, the default) with Debian's Chromium on the
// pages lib/route-registry.json marks for it (LIGHTHOUSE_ONLY, a pattern, keeps the matching ones),
// plus an empty App Router page as a control, LIGHTHOUSE_RUNS times each (default 3) interleaved in
// one batch; prints medians and the gap to the control. Not part of CI: too slow and noisy here
// (about ±4 points between runs on 2 cores).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, ensureChromium } from './find-chromium.mjs';
import { startLocalServer, waitFor, warmUp } from './local-server.mjs';
import { median } from './median.mjs';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const controlPort = port + 1;
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// The pages to run: the route registry's samples marked `lighthouse` (lib/route-registry.json).
const registry = JSON.parse(fs.readFileSync(new URL('../lib/route-registry.json', import.meta.url), 'utf8'));
const samples = registry.pages
  .flatMap((page) => page.samples.filter((sample) => sample.lighthouse))
  .filter((sample) => new RegExp(process.env.LIGHTHOUSE_ONLY ?? '').test(sample.kind));
const pages = [...samples.map((sample) => [sample.kind, `http://127.0.0.1:${port}${sample.url}`]), ['control', `http://127.0.0.1:${controlPort}/`]];
const emptyApp = 'tests/fixtures/empty-app';
const chrome = ensureChromium();
/** One Lighthouse run on `url`, its JSON report written to `report`. */
function lighthouse(url, report) {
  return spawnSync(
    'npx',
    [
      '-y',
      'lighthouse@12.2.3',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' },
  );
}
if (!fs.existsSync(path.join(emptyApp, '.next', 'BUILD_ID'))) {
  spawnSync('npx', ['next', 'build', emptyApp], { stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: '.next' } });
}
const control = spawn('npx', ['next', 'start', emptyApp, '-p', String(controlPort), '-H', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
  env: { ...process.env, NEXT_DIST_DIR: '.next' },
});
const server = await startLocalServer(port);

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
try {
  await waitFor(`http://127.0.0.1:${controlPort}/`, 100);
  await warmUp(
    server.origin,
    samples.map((sample) => sample.url),
  );
  // The first Lighthouse run of a batch pays Chromium's own cold start (the browser and its fonts read
  // from disk after a build), which showed as one outlier per batch on whichever page ran first: one
  // unscored run on the control page absorbs it.
  lighthouse(pages.at(-1)[1], path.join(out, 'warm-up.json'));
  const results = new Map(pages.map(([name]) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, url] of pages) {
      const report = path.join(out, `${name}-${run}.json`);
      const result = lighthouse(url, report);
      if (result.status !== 0 || !fs.existsSync(report)) {
        console.log(`${name} run ${run + 1} failed: ${(result.stderr || '').split('\n').slice(-3).join(' ')}`);
        continue;
      }
      const lhr = JSON.parse(fs.readFileSync(report, 'utf8'));
      results.get(name).push({
        performance: (lhr.categories.performance?.score ?? NaN) * 100,
        accessibility: (lhr.categories.accessibility?.score ?? NaN) * 100,
        best: (lhr.categories['best-practices']?.score ?? NaN) * 100,
        seo: (lhr.categories.seo?.score ?? NaN) * 100,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      });
    }
  }
  const of = (name, key) => median(results.get(name).map((r) => r[key]));
  console.log(
    `medians of ${runs} runs\n` +
      'page'.padEnd(20) +
      'perf'.padStart(6) +
      'vs control'.padStart(12) +
      'a11y'.padStart(6) +
      'best'.padStart(6) +
      'seo'.padStart(6) +
      'LCP'.padStart(9) +
      'TBT'.padStart(9) +
      'CLS'.padStart(7),
  );
  for (const [name] of pages) {
    const gap = of(name, 'performance') - of('control', 'performance');
    console.log(
      name.padEnd(20) +
        String(Math.round(of(name, 'performance'))).padStart(6) +
        (name === 'control' ? '' : `${gap >= 0 ? '+' : ''}${Math.round(gap)}`).padStart(12) +
        String(Math.round(of(name, 'accessibility'))).padStart(6) +
        String(Math.round(of(name, 'best'))).padStart(6) +
        String(Math.round(of(name, 'seo'))).padStart(6) +
        `${(of(name, 'lcp') / 1000).toFixed(2)} s`.padStart(9) +
        `${Math.round(of(name, 'tbt'))} ms`.padStart(9) +
        of(name, 'cls').toFixed(3).padStart(7),
    );
  }
} finally {
  server.stop();
  process.kill(-control.pid);
}
