// `npm run bench:phone`: what a mid-range phone on a slow connection sees of the interactive pages,
// with the framework behind the first paint (as shipped) and with Next's own script tags
// (PAINT_FIRST=off). Debian's Chromium with Lighthouse's mobile throttling applied for real (150 ms
// round trips, 1.6 Mbit/s down, CPU 4× slower), a fresh profile per load, PHONE_RUNS loads per page
// and mode (default 5), interleaved; prints medians of the first contentful paint and of the moment
// React has taken the page over. It asserts nothing: timings here are noisy.
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { startLocalServer } from './local-server.mjs';
import { median } from './median.mjs';

const runs = Number(process.env.PHONE_RUNS ?? 5);
const pages = [
  '/match?skills=communication:strong,empathy&from=customer-service-representative',
  '/paths',
  '/paths?from=customer-service-representative&to=operations-manager',
];
const modes = [
  ['paint first', 3310, {}],
  ["Next's script tags", 3311, { PAINT_FIRST: 'off' }],
];

const servers = [];
for (const [, port, env] of modes) servers.push(await startLocalServer(port, env));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const results = new Map();
  for (let run = 0; run < runs; run++) {
    for (const path of pages) {
      for (const [mode, port] of modes) {
        const page = await (await browser.newContext({ viewport: { width: 412, height: 823 } })).newPage();
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: (1.6 * 1024 * 1024) / 8,
          uploadThroughput: (750 * 1024) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(`http://127.0.0.1:${port}${path}`);
        // React has taken the page over once its root element carries a fiber.
        const hydrated = await page.waitForFunction(
          () => {
            const main = document.querySelector('main');
            return main && Object.keys(main).some((key) => key.startsWith('__reactFiber')) ? performance.now() : false;
          },
          undefined,
          { polling: 50, timeout: 60_000 },
        );
        const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
        const key = `${path}\t${mode}`;
        results.set(key, [...(results.get(key) ?? []), { paint, hydrated: await hydrated.jsonValue() }]);
        await page.context().close();
      }
    }
  }
  console.log(`medians of ${runs} loads, slow 4G and 4× CPU\n${'page'.padEnd(72)}${'mode'.padEnd(22)}${'first paint'.padStart(12)}${'React on'.padStart(10)}`);
  for (const [key, list] of results) {
    const [path, mode] = key.split('\t');
    const ms = (values) => `${Math.round(median(values))} ms`;
    console.log(path.padEnd(72) + mode.padEnd(22) + ms(list.map((r) => r.paint)).padStart(12) + ms(list.map((r) => r.hydrated)).padStart(10));
  }
} finally {
  await browser.close();
  for (const server of servers) server.stop();
}
