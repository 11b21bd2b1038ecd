import type { Role } from '@/lib/content/schemas';

/** A valid role for unit tests: every required field filled with neutral values, then the overrides. */
export function roleFixture(slug: string, overrides: Partial<Role> = {}): Role {
  return {
    slug,
    title: slug.toUpperCase(),
    track: 'front-office',
    level: 'entry',
    summary: 'A role for tests.',
    overview: ['A role for tests.'],
    duties: [{ text: 'Did things', builds: ['empathy'] }],
    workModes: [],
    skills: [{ skill: 'empathy', level: 'working', key: false }],
    growth: [],
    reach: [],
    metrics: [],
    certifications: [],
    aliases: [],
    ...overrides,
  };
}
