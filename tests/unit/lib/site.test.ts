import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from '@/lib/site';

describe('SITE_URL at build time', () => {
  it.each([
    { value: undefined, fatal: false, says: 'SITE_URL is not set', why: 'warns when unset, since every absolute link would point at localhost' },
    { value: 'http://127.0.0.1:3000', fatal: false, says: 'loopback', why: 'warns when it is a loopback address' },
    { value: 'careers.example.org', fatal: true, says: 'https://', why: 'fails on a value that is not an origin, naming the fix' },
    { value: 'https://careers.example.org/bpo', fatal: true, says: 'https://careers.example.org', why: 'fails on an address with a path, naming its origin' },
  ])('$why ($value)', ({ value, fatal, says }) => {
    expect(siteUrlProblem(value)).toMatchObject({ fatal, message: expect.stringContaining(says) });
  });

  it.each(['https://careers.example.org', 'https://careers.example.org/'])('accepts a real public origin, with or without a trailing slash (%s)', (value) => {
    expect(siteUrlProblem(value)).toBeUndefined();
  });
});
