import { describe, expect, it } from 'vitest';
import { compareRoles, compareSkills } from '@/lib/compare';
import { roleFixture } from '../../support/role-fixture';

describe('compareSkills', () => {
  it('splits skills into those every role needs and those only some need', () => {
    const agent = {
      skills: [
        { skill: 'communication', level: 'strong' as const, key: true },
        { skill: 'empathy', level: 'working' as const, key: false },
      ],
    };
    const analyst = {
      skills: [
        { skill: 'data-analysis', level: 'strong' as const, key: true },
        { skill: 'communication', level: 'working' as const, key: false },
      ],
    };
    const { shared, different } = compareSkills(
      [agent, analyst],
      [
        { slug: 'communication', name: 'Communication' },
        { slug: 'empathy', name: 'Empathy' },
      ],
    );
    expect(shared.map((row) => [row.name, row.needs.map((n) => n?.level)])).toEqual([['Communication', ['strong', 'working']]]);
    expect(different.map((row) => [row.name, row.needs.map((n) => n?.level)])).toEqual([
      ['Empathy', ['working', undefined]],
      ['data-analysis', [undefined, 'strong']],
    ]);
  });
});

describe('compareRoles', () => {
  it('lists where each role leads with the source of each move, leaving out unknown roles', () => {
    const article = { article: 'can move up to team leads' };
    const editorial = { editorial: 'Both roles listen to calls; this guide suggests it' };
    const agent = roleFixture('agent', {
      growth: [
        { to: 'lead', kind: 'promotion', takes: 'x', source: article },
        { to: 'analyst', kind: 'lateral', takes: 'x', source: editorial },
        { to: 'gone', kind: 'lateral', takes: 'x', source: editorial },
      ],
    });
    const roles = [agent, roleFixture('lead', { title: 'Lead' }), roleFixture('analyst', { title: 'Analyst' })];
    expect(compareRoles({ roles }, ['agent', 'lead'])[0]?.leadsTo).toEqual([
      { slug: 'lead', title: 'Lead', source: article },
      { slug: 'analyst', title: 'Analyst', source: editorial },
    ]);
  });
});
