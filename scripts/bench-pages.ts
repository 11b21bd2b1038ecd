// `npm run bench:pages`: the interactive pages side by side with the API and a reading page, served by
// the standalone build (scripts/serve.mjs) on a free port. At 10 connections: requests/s and p50, the
// median of a few runs; then 200 connections for 15 s on the two slow URLs, with errors and timeouts;
// and each page's HTML size gzipped. Prints figures; asserts nothing (timings on a shared machine are noisy).
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { startLocalServer } from './local-server.mjs';
import { median } from './median.mjs';

const urls = [
  '/match?skills=communication:strong,empathy&from=customer-service-representative',
  '/paths?from=customer-service-representative&to=operations-manager',
  '/paths',
  '/api/v1/match?skills=communication:strong,empathy&from=customer-service-representative',
  '/roles/customer-service-representative',
];
const underLoad = urls.slice(0, 2);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// Twice: as shipped (the page cache answers a link opened again: scripts/page-cache.mjs), and with
// PAGE_CACHE=off, where every request renders, which is what a link nobody opened before costs.
const modes: { name: string; env: Record<string, string> }[] = [
  { name: 'as shipped: a link opened again comes from the page cache', env: {} },
  { name: 'PAGE_CACHE=off: every request renders the page', env: { PAGE_CACHE: 'off' } },
];
for (const mode of modes) await benchServer(mode.name, mode.env);

async function benchServer(name: string, env: Record<string, string>) {
  const server = await startLocalServer(Number(process.env.BENCH_PORT ?? (await freePort())), env);
  const origin = server.origin;
  try {
    // Warm every route once (first renders compile and lay out the graph).
    for (const url of urls) await (await fetch(origin + url)).arrayBuffer();

    console.log(`\n${name}\nautocannon, 10 connections, ${seconds} s, median of ${runs} runs, loopback (autocannon shares the cores):`);
    const rounds = new Map(urls.map((u) => [u, [] as { rps: number; p50: number }[]]));
    // Rounds interleave the URLs, so a noisy neighbour on the machine spreads over all of them.
    for (let run = 0; run < runs; run++) {
      for (const url of urls) {
        const result = await autocannon({ url: origin + url, connections: 10, duration: seconds });
        rounds.get(url)!.push({ rps: result.requests.average, p50: result.latency.p50 });
      }
    }
    for (const url of urls) {
      const r = rounds.get(url)!;
      const html = Buffer.from(await (await fetch(origin + url)).arrayBuffer());
      const size = `${(html.length / 1024).toFixed(0)} KB raw, ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} KB gz`;
      console.log(
        `${url.padEnd(92)} ${String(Math.round(median(r.map((x) => x.rps)))).padStart(5)} req/s   p50 ${String(median(r.map((x) => x.p50))).padStart(4)} ms   ${size}`,
      );
    }

    console.log('\nautocannon, 200 connections, 15 s (timeout 10 s):');
    for (const url of underLoad) {
      const result = await autocannon({ url: origin + url, connections: 200, duration: 15, timeout: 10 });
      console.log(
        `${url.padEnd(92)} ${result.requests.total} requests   ${Math.round(result.requests.average)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${result.errors}   timeouts ${result.timeouts}   non-2xx ${result.non2xx}`,
      );
    }
  } finally {
    server.stop();
  }
}
