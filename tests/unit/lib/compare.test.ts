import { describe, expect, it } from 'vitest';
import { compareSkills } from '@/lib/compare';

describe('compareSkills', () => {
  it('splits skills into those every role needs and those only some need', () => {
    const agent = { skills: [{ skill: 'communication', level: 'strong' as const, key: true }, { skill: 'empathy', level: 'working' as const, key: false }] };
    const analyst = { skills: [{ skill: 'data-analysis', level: 'strong' as const, key: true }, { skill: 'communication', level: 'working' as const, key: false }] };
    const { shared, different } = compareSkills([agent, analyst], [{ slug: 'communication', name: 'Communication' }, { slug: 'empathy', name: 'Empathy' }]);
    expect(shared.map((row) => [row.name, row.needs.map((n) => n?.level)])).toEqual([['Communication', ['strong', 'working']]]);
    expect(different.map((row) => [row.name, row.needs.map((n) => n?.level)])).toEqual([
      ['Empathy', ['working', undefined]],
      ['data-analysis', [undefined, 'strong']],
    ]);
  });
});
