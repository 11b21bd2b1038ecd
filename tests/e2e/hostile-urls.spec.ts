import http from 'node:http';
import { expect, test } from '@playwright/test';
import { hostileUrls, injectionMarker } from '../support/hostile-urls';

// Links get pasted, truncated and tampered with. Every route that takes input must answer below 500
// and never reflect injected markup. Replay a failure with FUZZ_SEED=<seed>.
const seed = Number(process.env.FUZZ_SEED ?? 20261125);
const count = Number(process.env.FUZZ_COUNT ?? 1000);

function get(baseURL: string, path: string): Promise<{ status: number; body: string }> {
  // Raw http keeps the path byte-for-byte (fetch would normalise broken percent-encoding).
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path, headers: { accept: 'text/html' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${path}`)));
  });
}

test(`${count} hostile URLs (seed ${seed}) never give a 5xx or reflected markup`, async ({ baseURL }) => {
  test.setTimeout(600_000);
  const urls = hostileUrls(seed, count);
  const failures: string[] = [];
  const concurrency = 6;
  for (let start = 0; start < urls.length; start += concurrency) {
    await Promise.all(
      urls.slice(start, start + concurrency).map(async (url, offset) => {
        const { status, body } = await get(baseURL!, url.path);
        const where = `seed ${seed} #${start + offset}: ${url.path.slice(0, 120)}`;
        if (status >= 500) failures.push(`${where} -> status ${status}`);
        if (url.injection && body.includes(url.injection)) failures.push(`${where} -> injected markup reflected unescaped`);
        if (new RegExp(`<(script|img|svg|iframe)[^>]*${injectionMarker}`, 'i').test(body)) failures.push(`${where} -> live ${injectionMarker} element`);
      }),
    );
  }
  expect(failures, `failing URLs (replay with FUZZ_SEED=${seed}):\n${failures.join('\n')}`).toEqual([]);
});
