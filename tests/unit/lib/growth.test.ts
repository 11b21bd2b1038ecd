import { roleFixture } from '../../support/role-fixture';
import { describe, expect, it } from 'vitest';
import type { Role, RoleSkill } from '@/lib/content/schemas';
import { movesOut, movesIn, skillsToGain } from '@/lib/growth';

let next = 0;
const needs = (...skills: [string, RoleSkill['level']][]): Pick<Role, 'slug' | 'skills'> => ({
  slug: `role-${next++}`,
  skills: skills.map(([skill, level]) => ({ skill, level, key: false })),
});

describe('skillsToGain', () => {
  it('lists skills the next role needs that the current one does not', () => {
    expect(skillsToGain(needs(['communication', 'strong']), needs(['communication', 'strong'], ['leadership', 'working']))).toEqual([
      { skill: 'leadership', level: 'working' },
    ]);
  });
  it('lists skills the next role needs at a higher level, with the level held now', () => {
    expect(skillsToGain(needs(['coaching', 'basic']), needs(['coaching', 'strong']))).toEqual([{ skill: 'coaching', level: 'strong', held: 'basic' }]);
  });
  it('ignores skills already needed at the same or a higher level', () => {
    expect(skillsToGain(needs(['empathy', 'strong'], ['teamwork', 'working']), needs(['empathy', 'working'], ['teamwork', 'working']))).toEqual([]);
  });
});

const role = (slug: string, overrides: Partial<Role> = {}): Role => roleFixture(slug, { title: slug, ...overrides });

describe('movesOut', () => {
  const lead = role('lead', { skills: [{ skill: 'leadership', level: 'strong', key: true }], metrics: ['key-performance-indicator'] });
  const agent = role('agent', {
    growth: [
      { to: 'lead', kind: 'promotion', takes: 'Hitting targets.' },
      { to: 'gone', kind: 'lateral', takes: 'A role that no longer exists.' },
    ],
  });
  it("gives each move's target, what it takes, the skills to gain and the next role's metrics to master", () => {
    expect(movesOut({ roles: [agent, lead] }, agent)).toEqual([
      {
        target: lead,
        kind: 'promotion',
        takes: 'Hitting targets.',
        skillsToGain: [{ skill: 'leadership', level: 'strong' }],
        metricsToMaster: ['key-performance-indicator'],
        leadsOn: [],
      },
    ]);
  });
  it('shows where each move leads next, leaving out moves back to the role itself and to unknown roles', () => {
    const manager = role('manager', { title: 'Manager' });
    const lead2 = role('lead', {
      growth: [
        { to: 'manager', kind: 'promotion', takes: 'Running a team well.' },
        { to: 'agent', kind: 'lateral', takes: 'Back on the floor.' },
        { to: 'gone', kind: 'lateral', takes: 'A role that no longer exists.' },
      ],
    });
    expect(movesOut({ roles: [agent, lead2, manager] }, agent)[0]?.leadsOn).toEqual([{ slug: 'manager', title: 'Manager', kind: 'promotion' }]);
  });
  it('says where each onward move comes from, so the page can mark this guide’s suggestions', () => {
    const article = { article: 'can move up to team leads' };
    const editorial = { editorial: 'Both roles coach agents; this guide suggests the step' };
    const coach = role('coach', { title: 'Coach' });
    const manager = role('manager', { title: 'Manager' });
    const lead2 = role('lead', {
      growth: [
        { to: 'manager', kind: 'promotion', takes: 'Running a team well.', source: article },
        { to: 'coach', kind: 'lateral', takes: 'Coaching instead of leading.', source: editorial },
      ],
    });
    expect(movesOut({ roles: [agent, lead2, manager, coach] }, agent)[0]?.leadsOn).toEqual([
      { slug: 'manager', title: 'Manager', kind: 'promotion', source: article },
      { slug: 'coach', title: 'Coach', kind: 'lateral', source: editorial },
    ]);
  });
  it('finds the roles that lead into a role', () => {
    expect(movesIn({ roles: [agent, lead] }, lead)).toEqual([{ from: agent, kind: 'promotion' }]);
    expect(movesIn({ roles: [agent, lead] }, agent)).toEqual([]);
  });
});
