// `npm run lighthouse`: Lighthouse 12 (mobile preset, the default) with Debian's Chromium on the
// home page, a role page, the graph and a match URL. Not part of CI: too slow and noisy here.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const pages = [
  ['home', '/'],
  ['role', '/roles/customer-service-representative'],
  ['graph', '/paths'],
  ['match', '/match?skills=communication,empathy,problem-solving&target=team-leader'],
];
const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium: install Debian\'s chromium package or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) {
  spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
}
const server = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: 'ignore', detached: true, env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) } });
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
try {
  for (let i = 0; i < 100; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  console.log('page'.padEnd(8) + 'perf'.padStart(6) + 'a11y'.padStart(6) + 'best'.padStart(6) + 'seo'.padStart(6) + 'LCP'.padStart(9) + 'TBT'.padStart(8) + 'CLS'.padStart(7));
  for (const [name, url] of pages) {
    const report = path.join(out, `${name}.json`);
    const result = spawnSync('npx', ['-y', 'lighthouse@12.2.3', `http://127.0.0.1:${port}${url}`,
      '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
    ], { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' });
    if (result.status !== 0 || !fs.existsSync(report)) {
      console.log(`${name.padEnd(8)} failed: ${(result.stderr || '').split('\n').slice(-3).join(' ')}`);
      continue;
    }
    const lhr = JSON.parse(fs.readFileSync(report, 'utf8'));
    const score = (id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(6);
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    console.log(
      name.padEnd(8) + score('performance') + score('accessibility') + score('best-practices') + score('seo') +
      `${(audit('largest-contentful-paint') / 1000).toFixed(2)} s`.padStart(9) +
      `${Math.round(audit('total-blocking-time'))} ms`.padStart(8) +
      audit('cumulative-layout-shift').toFixed(3).padStart(7),
    );
  }
} finally {
  process.kill(-server.pid);
}
