import { describe, expect, it } from 'vitest';
import { alphabetical } from '@/lib/alphabetical';
import { getContent } from '@/lib/content/load';

const content = getContent();

describe('alphabetical: the order people expect, without the browser collator', () => {
  it('orders without regard to case first, then puts the capital first', () => {
    expect(['team leader', 'Quality Analyst', 'Back Office', 'BPO Trainer', 'Team Leader'].sort(alphabetical)).toEqual([
      'Back Office',
      'BPO Trainer',
      'Quality Analyst',
      'Team Leader',
      'team leader',
    ]);
    expect(alphabetical('Trainer', 'Trainer')).toBe(0);
  });

  it.each([
    ['role titles', content.roles.map((role) => role.title)],
    ['role slugs', content.roles.map((role) => role.slug)],
    ['skill names', content.skills.map((skill) => skill.name)],
    ['past-job titles', content.backgrounds.map((background) => background.title)],
  ])('puts the %s in the same order as the English collator', (_, words) => {
    expect([...words].sort(alphabetical)).toEqual([...words].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
