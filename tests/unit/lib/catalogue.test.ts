import { roleFixture } from '../../support/role-fixture';
import { describe, expect, it } from 'vitest';
import { filterRoles, hasRoleFilters, noRoleFilters, type RoleFilters, rolesByTrack, rolesNeedingSkill, skillsByKind } from '@/lib/catalogue';
import type { Role, Skill } from '@/lib/content/schemas';

type CatalogueRole = Pick<Role, 'slug' | 'title' | 'track' | 'level' | 'workModes'>;

const csr: CatalogueRole = { slug: 'csr', title: 'CSR', track: 'front-office', level: 'entry', workModes: ['voice', 'chat', 'email'] };
const backOffice: CatalogueRole = { slug: 'back', title: 'Back office', track: 'back-office', level: 'entry', workModes: ['non-voice'] };
const improvement: CatalogueRole = { slug: 'improve', title: 'Improvement lead', track: 'back-office', level: 'mid', workModes: [] };
const director: CatalogueRole = { slug: 'director', title: 'Director', track: 'leadership', level: 'executive', workModes: [] };
const roles = [csr, backOffice, improvement, director];

describe('filterRoles', () => {
  it('returns every role when no filter is set', () => {
    expect(filterRoles(roles, noRoleFilters)).toEqual(roles);
    expect(hasRoleFilters(noRoleFilters)).toBe(false);
  });
  it.each<{ why: string; filters: Partial<RoleFilters>; found: CatalogueRole[] }>([
    { why: 'requires every set facet to match (track AND level)', filters: { tracks: ['back-office'], levels: ['entry'] }, found: [backOffice] },
    { why: 'accepts any listed value within a facet (entry OR mid)', filters: { levels: ['entry', 'mid'] }, found: [csr, backOffice, improvement] },
    { why: 'matches a work mode against any of the modes a role is done in, and leaves out roles with none', filters: { workModes: ['chat'] }, found: [csr] },
    {
      why: 'accepts any of several work modes (non-voice OR email), and leaves out roles with none',
      filters: { workModes: ['non-voice', 'email'] },
      found: [csr, backOffice],
    },
    { why: 'returns nothing when no role fits', filters: { tracks: ['leadership'], levels: ['entry'] }, found: [] },
  ])('$why', ({ filters, found }) => {
    expect(filterRoles(roles, { ...noRoleFilters, ...filters })).toEqual(found);
  });
});

describe('rolesByTrack', () => {
  it('groups in track order, entry level first within a track, and skips empty tracks', () => {
    const groups = rolesByTrack([director, improvement, csr, backOffice]);
    expect(groups.map((g) => g.track)).toEqual(['front-office', 'back-office', 'leadership']);
    expect(groups[1]?.roles.map((r) => r.slug)).toEqual(['back', 'improve']);
  });
});

const skill = (slug: string, name: string, kind: Skill['kind']): Skill => ({
  slug,
  name,
  kind,
  description: 'A description long enough.',
  howToBuild: ['Practise it every day.'],
  howToShow: 'Give an example of doing it.',
  aliases: [],
  cvLine: 'Did the thing well.',
});

describe('skillsByKind', () => {
  it('splits core from role-specific skills, each sorted by name', () => {
    const { core, roleSpecific } = skillsByKind([
      skill('teamwork', 'Teamwork', 'core'),
      skill('empathy', 'Empathy', 'role-specific'),
      skill('adaptability', 'Adaptability', 'core'),
    ]);
    expect(core.map((s) => s.slug)).toEqual(['adaptability', 'teamwork']);
    expect(roleSpecific.map((s) => s.slug)).toEqual(['empathy']);
  });
  it('lists the industry knowledge of each niche apart, the skills that replaced "industry-knowledge"', () => {
    const { industry, roleSpecific } = skillsByKind([
      skill('legal-knowledge', 'Legal knowledge', 'role-specific'),
      skill('empathy', 'Empathy', 'role-specific'),
      skill('healthcare-knowledge', 'Healthcare knowledge', 'role-specific'),
    ]);
    expect(industry.map((s) => s.slug)).toEqual(['healthcare-knowledge', 'legal-knowledge']);
    expect(roleSpecific.map((s) => s.slug)).toEqual(['empathy']);
  });
});

describe('rolesNeedingSkill', () => {
  const role = (slug: string, level: 'basic' | 'working' | 'strong'): Role => roleFixture(slug, { skills: [{ skill: 'empathy', level, key: false }] });

  it('lists the roles that need a skill with their level, most demanding first', () => {
    const result = rolesNeedingSkill({ roles: [role('a', 'basic'), role('b', 'strong'), role('c', 'working')] }, 'empathy');
    expect(result.map((need) => [need.role.slug, need.level])).toEqual([
      ['b', 'strong'],
      ['c', 'working'],
      ['a', 'basic'],
    ]);
    expect(rolesNeedingSkill({ roles: [role('a', 'basic')] }, 'leadership')).toEqual([]);
  });
});
