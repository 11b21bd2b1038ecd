// `npm run bench:phone`: what a mid-range phone sees of the interactive pages, measured in a real
// browser rather than simulated: Debian's Chromium with Lighthouse's mobile throttling applied to the
// page itself (150 ms round trips, 1.6 Mbit/s down, CPU 4× slower; PHONE_NETWORK=wifi keeps the CPU
// and gives 20 ms and 30 Mbit/s), a fresh profile per load, PHONE_RUNS loads per page (default 5),
// interleaved. Prints medians of the first contentful paint and of the moment React has taken the page
// over. It asserts nothing: timings here are noisy. Lighthouse's simulation, which npm run lighthouse
// uses, cannot tell these apart on loopback (docs/performance.md).
import { chromium } from '@playwright/test';
import { chromiumArgs, ensureChromium } from './find-chromium.mjs';
import { startLocalServer, warmUp } from './local-server.mjs';
import { median } from './median.mjs';

const runs = Number(process.env.PHONE_RUNS ?? 5);
const networks = {
  'slow 4G': { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  wifi: { latency: 20, downloadThroughput: (30 * 1024 * 1024) / 8, uploadThroughput: (10 * 1024 * 1024) / 8 },
};
const networkName = process.env.PHONE_NETWORK === 'wifi' ? 'wifi' : 'slow 4G';
const pages = [
  '/match?skills=communication:strong,empathy&from=customer-service-representative',
  '/paths',
  '/paths?from=customer-service-representative&to=operations-manager',
];

const executablePath = ensureChromium();
const server = await startLocalServer(Number(process.env.PHONE_PORT ?? 3310));
await warmUp(server.origin, pages);
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const results = new Map(pages.map((path) => [path, []]));
  for (let run = 0; run < runs; run++) {
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...networks[networkName] });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(server.origin + path);
      // React has taken the page over once its main element carries a fiber.
      const hydrated = await page.waitForFunction(
        () => {
          const main = document.querySelector('main');
          return main && Object.keys(main).some((key) => key.startsWith('__reactFiber')) ? performance.now() : false;
        },
        undefined,
        { polling: 50, timeout: 60_000 },
      );
      const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
      results.get(path).push({ paint, hydrated: await hydrated.jsonValue() });
      await context.close();
    }
  }
  const ms = (values) => `${Math.round(median(values))} ms`;
  console.log(`medians of ${runs} loads, ${networkName} and 4× CPU\n${'page'.padEnd(80)}${'first paint'.padStart(12)}${'React on'.padStart(10)}`);
  for (const [path, list] of results) {
    console.log(path.padEnd(80) + ms(list.map((r) => r.paint)).padStart(12) + ms(list.map((r) => r.hydrated)).padStart(10));
  }
} finally {
  await browser.close();
  server.stop();
}
