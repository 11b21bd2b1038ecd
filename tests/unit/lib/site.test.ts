import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from '@/lib/site';

describe('SITE_URL at build time', () => {
  it('warns when unset, since every absolute link would point at localhost', () => {
    expect(siteUrlProblem(undefined)).toMatchObject({ fatal: false, message: expect.stringContaining('SITE_URL is not set') });
  });
  it('warns when it is a loopback address', () => {
    expect(siteUrlProblem('http://127.0.0.1:3000')).toMatchObject({ fatal: false, message: expect.stringContaining('loopback') });
  });
  it('fails on a value that is not an origin, naming the fix', () => {
    expect(siteUrlProblem('careers.example.org')).toMatchObject({ fatal: true, message: expect.stringContaining('https://') });
    expect(siteUrlProblem('https://careers.example.org/bpo')).toMatchObject({ fatal: true, message: expect.stringContaining('https://careers.example.org') });
  });
  it('accepts a real public origin, with or without a trailing slash', () => {
    expect(siteUrlProblem('https://careers.example.org')).toBeUndefined();
    expect(siteUrlProblem('https://careers.example.org/')).toBeUndefined();
  });
});
