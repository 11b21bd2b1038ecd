import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { cvLines, cvWork } from '@/lib/cv-lines';
import { buildRoleGraph } from '@/lib/graph';
import { matchPageData } from '@/lib/match-data';
import { matchView } from '@/lib/match-view';
import { emptyMatchState, type MatchState } from '@/lib/params/match';
import type { Task } from '@/lib/tasks';

const tasks: Task[] = [
  { id: 'agent.0', text: 'Answered customer calls', builds: ['communication'], role: 'agent', roles: ['agent', 'lead'] },
  { id: 'agent.1', text: 'Kept records', builds: ['attention-to-detail'], role: 'agent', roles: ['agent'] },
  { id: 'lead.1', text: 'Led a team', builds: ['leadership'], role: 'lead', roles: ['lead'] },
];
const skills = [
  { slug: 'communication', howToShow: 'Give an example of explaining something clearly.' },
  { slug: 'empathy', howToShow: 'Give an example of a time you calmed an upset customer.' },
  { slug: 'leadership', howToShow: 'Describe a time you took the lead.' },
];
const held = (...slugs: string[]) => slugs.map((skill) => ({ skill, level: 'working' as const }));

describe('CV lines claim only work the person did', () => {
  it('with skills alone: a way to show each skill, and no line that describes work', () => {
    expect(cvLines(held('communication', 'empathy'), cvWork({ tasks: [] }, tasks), skills)).toEqual([
      { kind: 'show-skill', skill: 'communication', text: 'Give an example of explaining something clearly.' },
      { kind: 'show-skill', skill: 'empathy', text: 'Give an example of a time you calmed an upset customer.' },
    ]);
  });

  it('a ticked task is a work line, and the skill it shows needs no prompt', () => {
    expect(cvLines(held('communication', 'empathy'), cvWork({ tasks: ['agent.0'] }, tasks), skills)).toEqual([
      { kind: 'work', text: 'Answered customer calls', basis: { task: 'agent.0' } },
      { kind: 'show-skill', skill: 'empathy', text: 'Give an example of a time you calmed an upset customer.' },
    ]);
  });

  it('the role held gives its duties as work lines, each once, after the ticked tasks', () => {
    expect(cvLines(held('communication', 'leadership'), cvWork({ tasks: ['agent.0'], from: 'lead' }, tasks), skills)).toEqual([
      { kind: 'work', text: 'Answered customer calls', basis: { task: 'agent.0' } },
      { kind: 'work', text: 'Led a team', basis: { role: 'lead' } },
    ]);
  });

  it('a skill with no prompt in the content gives no line at all', () => {
    expect(cvLines(held('conflict-resolution'), [], skills)).toEqual([]);
  });
});

describe('on the real content', () => {
  const { content } = checkContent();
  if (!content) throw new Error('content must be valid for these tests');
  const data = matchPageData(content);
  const graph = buildRoleGraph(data.roles);
  const duties = new Set(content.roles.flatMap((r) => r.duties.map((d) => d.text)));
  const lines = (state: Partial<MatchState>) => matchView({ ...emptyMatchState, ...state }, data, graph).cvLines;

  it.each([
    ['a newcomer with communication, empathy and adaptability', ['communication', 'empathy', 'adaptability']],
    [
      'a nurse with healthcare knowledge, empathy, attention to detail and confidentiality',
      ['healthcare-knowledge', 'empathy', 'attention-to-detail', 'confidentiality'],
    ],
  ])('%s, with no experience, gets no line that claims work', (_, picked) => {
    const found = lines({ skills: held(...picked) });
    expect(found.filter((line) => line.kind === 'work')).toEqual([]);
    expect(found.map((line) => line.text).filter((text) => duties.has(text))).toEqual([]);
    // What the skill catalogue offers as "a line you can adapt" for BPO experience is not offered either.
    const claims = new Set(content.skills.map((s) => s.cvLine));
    expect(found.filter((line) => claims.has(line.text))).toEqual([]);
    expect(found.map((line) => (line.kind === 'show-skill' ? line.skill : ''))).toEqual(picked);
  });

  it('a customer service representative’s lines are that role’s duties', () => {
    const csr = content.roles.find((r) => r.slug === 'customer-service-representative')!;
    const work = lines({ from: csr.slug }).filter((line) => line.kind === 'work');
    expect(new Set(work.map((line) => line.text))).toEqual(new Set(csr.duties.map((d) => d.text)));
  });
});
