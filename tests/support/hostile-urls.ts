// Seeded generator of hostile URLs for the fuzz test: the same seed always gives the same URLs,
// so a failure can be replayed with FUZZ_SEED.

/** mulberry32: a tiny, well-known seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Marker that must never appear as live markup in a response. */
export const injectionMarker = 'bpoxss';

const injections = [
  `<script>${injectionMarker}()</script>`,
  `"><img src=x onerror=${injectionMarker}()>`,
  `'><svg onload=${injectionMarker}()>`,
  `</title><script>${injectionMarker}</script>`,
  `<iframe src="//evil.example/${injectionMarker}">`,
];
const prototypeNames = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];
const brokenEncodings = ['%', '%E0%A4%A', '%zz', '%C0%AF', '%00', '%FF%FE', '%%%', '%u0041', '%2'];
const realSlugs = ['customer-service-representative', 'team-leader', 'operations-manager', 'communication', 'empathy', 'trainer', 'retail-cashier', 'nurse'];

export interface HostileUrl {
  path: string;
  /** Raw injection text embedded in this URL, if any; it must not come back unescaped. */
  injection?: string;
}

export function hostileUrls(seed: number, count: number): HostileUrl[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const randomBytes = (length: number) =>
    Array.from(
      { length },
      () =>
        `%${Math.floor(random() * 256)
          .toString(16)
          .padStart(2, '0')
          .toUpperCase()}`,
    ).join('');

  const values: (() => { raw: string; injection?: string })[] = [
    () => ({ raw: randomBytes(1 + Math.floor(random() * 30)) }),
    () => ({ raw: pick(brokenEncodings) }),
    () => ({ raw: pick(brokenEncodings) + pick(realSlugs) }),
    () => ({ raw: 'x'.repeat(10 * 1024) }),
    () => ({ raw: Array.from({ length: 400 }, () => pick(realSlugs)).join(',') }),
    () => {
      const injection = pick(injections);
      return { raw: encodeURIComponent(injection), injection };
    },
    () => ({ raw: pick(prototypeNames) }),
    () => ({ raw: `${pick(realSlugs)},${pick(prototypeNames)},${pick(realSlugs)}` }),
    () => ({ raw: encodeURIComponent(`${pick(realSlugs)}:${pick(['strong', 'expert', '', '::', 'basic'])}`) }),
    () => ({ raw: pick(realSlugs) }),
    () => ({ raw: '' }),
    () => ({ raw: encodeURIComponent('\u0000\u2028\uFEFF💥 \t\n') }),
  ];

  const routes: ((v: () => { raw: string; injection?: string }) => HostileUrl)[] = [
    (v) => {
      const a = v();
      return { path: `/roles/${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      return { path: `/skills/${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      const b = v();
      return { path: `/roles?track=${a.raw}&level=${b.raw}`, injection: a.injection ?? b.injection };
    },
    (v) => {
      const a = v();
      const b = v();
      return { path: `/paths?from=${a.raw}&to=${b.raw}`, injection: a.injection ?? b.injection };
    },
    (v) => {
      const a = v();
      return { path: `/paths?from=${a.raw}&from=${a.raw}&to=${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      const b = v();
      return { path: `/match?skills=${a.raw}&target=${b.raw}`, injection: a.injection ?? b.injection };
    },
    (v) => {
      const a = v();
      return { path: `/match?skills=${a.raw}&skills=${a.raw}&tasks=${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      const b = v();
      return { path: `/match?background=${a.raw}&background=${b.raw}&without=${a.raw}`, injection: a.injection ?? b.injection };
    },
    (v) => {
      const a = v();
      return { path: `/backgrounds/${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      return { path: `/compare?roles=${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      return { path: `/search?q=${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      return { path: `/guides/${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      return { path: `/api/v1/roles/${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      return { path: `/api/v1/skills/${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      const b = v();
      return { path: `/api/v1/match?skills=${a.raw}&target=${b.raw}&tasks=${a.raw}`, injection: a.injection ?? b.injection };
    },
    (v) => {
      const a = v();
      const b = v();
      return { path: `/api/v1/match?background=${a.raw},${b.raw}&without=${b.raw}`, injection: a.injection ?? b.injection };
    },
    (v) => {
      const a = v();
      const b = v();
      return { path: `/api/v1/paths?from=${a.raw}&to=${b.raw}`, injection: a.injection ?? b.injection };
    },
    (v) => {
      const a = v();
      return { path: `/api/v1/${a.raw}`, injection: a.injection };
    },
    (v) => {
      const a = v();
      return { path: `/api/v1/schemas/${a.raw}`, injection: a.injection };
    },
  ];

  return Array.from({ length: count }, () => pick(routes)(() => pick(values)()));
}
