import { describe, expect, it } from 'vitest';
import { decodesCleanly, readableSegments } from '@/lib/api/address';

describe('API addresses with broken percent-encoding', () => {
  it.each([
    ['/api/v1/roles/%E0%A4%A', ['roles', '\uFFFD%A']],
    ['/api/v1/roles/%%trainer', ['roles', '%%trainer']],
    ['/api/v1/skills/%89%9A', ['skills', '\uFFFD\uFFFD']],
    ['/api/v1/schemas/%2trainer', ['schemas', '%2trainer']],
  ])('%s is read leniently, keeping what it can', (raw, segments) => {
    expect(decodesCleanly(raw)).toBe(false);
    expect(readableSegments(raw).slice(3)).toEqual(segments);
  });

  it('reads clean paths as decodeURIComponent does', () => {
    expect(readableSegments('/api/v1/roles/caf%C3%A9')).toEqual(['', 'api', 'v1', 'roles', 'café']);
  });
});
