import { describe, expect, it } from 'vitest';
import { hostileUrls } from '../../support/hostile-urls';

describe('hostile URL generator', () => {
  it('is deterministic for a seed and covers every route that takes input', () => {
    const urls = hostileUrls(7, 1000);
    expect(hostileUrls(7, 1000)).toEqual(urls);
    expect(hostileUrls(8, 1000)).not.toEqual(urls);
    for (const prefix of [
      '/roles/',
      '/skills/',
      '/backgrounds/',
      '/match?background=',
      '/api/v1/match?background=',
      '/roles?',
      '/paths?',
      '/match?',
      '/compare?',
      '/search?',
      '/guides/',
      '/api/v1/roles/',
      '/api/v1/skills/',
      '/api/v1/match?',
      '/api/v1/paths?',
      '/api/v1/schemas/',
    ]) {
      expect(urls.some((u) => u.path.startsWith(prefix))).toBe(true);
    }
    expect(urls.filter((u) => u.injection).length).toBeGreaterThan(50);
    expect(urls.some((u) => u.path.length > 10_000)).toBe(true);
  });
});
