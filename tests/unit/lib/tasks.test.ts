import { describe, expect, it } from 'vitest';
import { heldSkillsFor } from '@/lib/match';
import { collectTasks, skillsFromTasks } from '@/lib/tasks';

const roles = [
  {
    slug: 'agent',
    duties: [
      { text: 'Answered calls', builds: ['communication'] },
      { text: 'Kept records', builds: ['attention-to-detail'] },
    ],
  },
  {
    slug: 'lead',
    duties: [
      { text: 'Answered calls', builds: ['empathy'] },
      { text: 'Led a team', builds: ['leadership', 'communication'] },
    ],
  },
];

describe('tasks from duties', () => {
  const tasks = collectTasks(roles);

  it('lists each task text once, under the first role, with the skills every listing builds and every role listing it', () => {
    expect(tasks).toEqual([
      { id: 'agent.0', text: 'Answered calls', builds: ['communication', 'empathy'], role: 'agent', roles: ['agent', 'lead'] },
      { id: 'agent.1', text: 'Kept records', builds: ['attention-to-detail'], role: 'agent', roles: ['agent'] },
      { id: 'lead.1', text: 'Led a team', builds: ['leadership', 'communication'], role: 'lead', roles: ['lead'] },
    ]);
  });

  it('tells which picked task gave which skill', () => {
    const sources = skillsFromTasks(['agent.0', 'lead.1'], tasks);
    expect(sources.get('communication')?.map((t) => t.id)).toEqual(['agent.0', 'lead.1']);
    expect(sources.get('leadership')?.map((t) => t.id)).toEqual(['lead.1']);
  });

  it('adds the skills tasks build at a working level, keeping levels picked by name', () => {
    expect(heldSkillsFor({ skills: [{ skill: 'communication', level: 'strong' }], tasks: ['agent.0'] }, { roles: [], tasks })).toEqual([
      { skill: 'communication', level: 'strong', source: { kind: 'picked' } },
      { skill: 'empathy', level: 'working', source: { kind: 'tasks', tasks: ['Answered calls'] } },
    ]);
  });
});
