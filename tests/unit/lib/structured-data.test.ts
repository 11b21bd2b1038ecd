import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import type { Certification, Role, Skill } from '@/lib/content/schemas';
import { jsonLdScriptText, occupationJsonLd } from '@/lib/structured-data';

const skills: Skill[] = [
  {
    slug: 'empathy',
    name: 'Empathy',
    kind: 'role-specific',
    description: 'Feeling with people.',
    howToBuild: ['Listen more often.'],
    howToShow: 'Give an example of listening.',
    aliases: [],
    cvLine: 'Listened with care.',
  },
];
const certifications: Certification[] = [{ slug: 'itil', name: 'ITIL', description: 'IT service management.', examples: [] }];
const role: Role = {
  slug: 'agent',
  title: 'Agent </script><script>alert(1)</script>',
  occupations: {
    onetSoc: [
      { code: '43-4051.00', title: 'Customer Service Representatives', fit: 'exact' },
      { code: '13-1041.00', title: 'Compliance Officers', fit: 'none', note: 'Nearest, but it does not fit.' },
    ],
    isco08: [{ code: '4222', title: 'Contact centre information clerks', fit: 'exact' }],
    esco: [{ code: 'b7b75eb6-34bc-462d-b412-eed393cc1397', title: 'customer contact centre information clerk', fit: 'close', note: 'Close, for the test.' }],
  },
  track: 'front-office',
  level: 'entry',
  summary: 'Answers customers.',
  overview: ['An overview paragraph.'],
  duties: [
    { text: 'Answered calls', builds: ['empathy'] },
    { text: 'Wrote emails', builds: ['empathy'] },
  ],
  workModes: [],
  skills: [{ skill: 'empathy', level: 'strong', key: true }],
  growth: [],
  reach: [],
  metrics: [],
  certifications: ['itil'],
  aliases: [],
};

describe('occupationJsonLd', () => {
  it('describes a role as a schema.org Occupation from its content', () => {
    const data = occupationJsonLd({ skills, certifications }, role, 'https://example.org/roles/agent');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      name: role.title,
      description: 'Answers customers.',
      url: 'https://example.org/roles/agent',
      skills: 'Empathy',
      responsibilities: 'Answered calls; Wrote emails',
      qualifications: [{ '@type': 'EducationalOccupationalCredential', name: 'ITIL', credentialCategory: 'certification' }],
    });
  });

  it('names each fitting standard occupation as a CategoryCode in its code set, and leaves out a code that does not fit', () => {
    const data = occupationJsonLd({ skills, certifications }, role);
    expect(data.occupationalCategory).toEqual([
      {
        '@type': 'CategoryCode',
        codeValue: '43-4051.00',
        name: 'Customer Service Representatives',
        url: 'https://www.onetonline.org/link/summary/43-4051.00',
        inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC 2019', url: 'https://www.onetcenter.org/taxonomy/2019/list.html' },
      },
      {
        '@type': 'CategoryCode',
        codeValue: '4222',
        name: 'Contact centre information clerks',
        inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08', url: 'https://www.ilo.org/public/english/bureau/stat/isco/isco08/' },
      },
      {
        '@type': 'CategoryCode',
        codeValue: 'b7b75eb6-34bc-462d-b412-eed393cc1397',
        name: 'customer contact centre information clerk',
        url: 'http://data.europa.eu/esco/occupation/b7b75eb6-34bc-462d-b412-eed393cc1397',
        inCodeSet: { '@type': 'CategoryCodeSet', name: 'ESCO', url: 'https://esco.ec.europa.eu/en/classification/occupation_main' },
      },
    ]);
  });

  it('gives every real role at least one O*NET-SOC or ISCO-08 category, each code in the form of its set', () => {
    const content = getContent();
    const pattern: Record<string, RegExp> = { 'O*NET-SOC 2019': /^\d{2}-\d{4}\.\d{2}$/, 'ISCO-08': /^\d{4}$/, ESCO: /^[0-9a-f-]{36}$/ };
    for (const real of content.roles) {
      const categories = occupationJsonLd(content, real).occupationalCategory as { codeValue: string; inCodeSet: { name: string } }[];
      expect(
        categories.some((c) => c.inCodeSet.name !== 'ESCO'),
        real.slug,
      ).toBe(true);
      for (const category of categories) expect(category.codeValue, real.slug).toMatch(pattern[category.inCodeSet.name]!);
    }
  });

  it('leaves qualifications out when the role has no certifications', () => {
    expect(occupationJsonLd({ skills, certifications }, { ...role, certifications: [] })).not.toHaveProperty('qualifications');
  });
});

describe('jsonLdScriptText', () => {
  it('escapes < so the text cannot close its script tag, and still parses back to the same data', () => {
    const data = occupationJsonLd({ skills, certifications }, role);
    const text = jsonLdScriptText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
