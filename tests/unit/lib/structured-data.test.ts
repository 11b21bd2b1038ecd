import { describe, expect, it } from 'vitest';
import type { Certification, Role, Skill } from '@/lib/content/schemas';
import { jsonLdScriptText, occupationJsonLd } from '@/lib/structured-data';

const skills: Skill[] = [
  { slug: 'empathy', name: 'Empathy', kind: 'role-specific', description: 'Feeling with people.', howToBuild: ['Listen more often.'], howToShow: 'Give an example of listening.', aliases: [], cvLine: 'Listened with care.' },
];
const certifications: Certification[] = [{ slug: 'itil', name: 'ITIL', description: 'IT service management.', examples: [] }];
const role: Role = {
  slug: 'agent',
  title: 'Agent </script><script>alert(1)</script>',
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
      occupationalCategory: 'Business Process Outsourcing: Front office',
      qualifications: [{ '@type': 'EducationalOccupationalCredential', name: 'ITIL', credentialCategory: 'certification' }],
    });
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
