import { describe, expect, it } from 'vitest';
import { knownSlug, singleValue, slugList } from '@/lib/params/shared';

const skills = ['communication', 'empathy', 'teamwork'];

describe('search parameter readers', () => {
  it('keeps the first of a repeated parameter, with a notice', () => {
    expect(singleValue({ q: ['a', 'b'] }, 'q')).toEqual({ value: 'a', notices: ['“q” was given more than once; the first value is used.'] });
  });
  it('cuts over-long values', () => {
    const { value, notices } = singleValue({ q: 'x'.repeat(10_000) }, 'q');
    expect(value).toHaveLength(200);
    expect(notices).toHaveLength(1);
  });
  it('reads a slug list, dropping unknown entries with a suggestion and duplicates silently', () => {
    expect(slugList({ skills: 'empathy,empathy,comunication,__proto__' }, 'skills', skills, { label: 'skill', max: 10 })).toEqual({
      value: ['empathy'],
      notices: ['There is no skill called “comunication”; did you mean “communication”?', 'There is no skill called “__proto__”.'],
    });
  });
  it('caps a list at its maximum', () => {
    expect(slugList({ s: 'communication,empathy,teamwork' }, 's', skills, { label: 'skill', max: 2 }).value).toEqual(['communication', 'empathy']);
  });
  it('reads one known slug case-insensitively, and rejects unknown ones', () => {
    expect(knownSlug({ from: 'Empathy' }, 'from', skills, 'skill').value).toBe('empathy');
    expect(knownSlug({ from: 'constructor' }, 'from', skills, 'skill')).toEqual({ value: undefined, notices: ['There is no skill called “constructor”.'] });
  });
});
