import { fixtureFrom, type FixturePatch } from './content-fixture';

/**
 * The broken content sets the validation, content:check and build tests share: each is
 * tests/fixtures/minimal with one small patch, named for what it breaks.
 */
const brokenFixtures = {
  'broken-growth-target': {
    'roles/agent.json': (agent) => {
      // The rule's level for an entry role, so the misspelt target is the only problem.
      agent.skills[0].level = 'working';
      delete agent.skills[0].levelSource;
      agent.growth[0].to = 'team-leadr';
      agent.growth[0].source = { editorial: 'A loop back, to test self-loops.' };
    },
  },
  'broken-role-codes': {
    'roles/agent.json': (agent) => delete agent.occupations,
    'roles/team-leader.json': (leader) => {
      const supervisors = leader.occupations.onetSoc[0];
      leader.occupations.onetSoc = [
        { code: '11-1021.00', title: 'General and Operations Managers', fit: 'broad', note: 'Covers far more than leading a team' },
        supervisors,
        { ...supervisors },
      ];
      delete leader.occupations.esco;
    },
  },
  'broken-background-schema': {
    'backgrounds/shop-worker.json': (job) => {
      job.occupations.onetSoc[0].code = '41-20310.0';
      job.occupations.isco08[0].fit = 'close';
      job.occupations.esco = [{ code: '0b15375e-dfdd-4047-9efb-096e0aaee7d2', title: 'shop assistant', fit: 'broad', note: 'Listed only to show the check' }];
      job.skills.push({ skill: 'leading', level: 'basic' });
      delete job.duties;
      delete job.entryPoints;
    },
  },
  'broken-background-references': {
    'backgrounds/shop-worker.json': (job) => {
      job.skills[0].skill = 'talkng';
      job.skills.push({ skill: 'leading', level: 'basic', reason: 'Ran the shop floor on busy days', quote: 'Excellent leading' });
      job.entryPoints = [{ role: 'agent', reason: 'An entry role, which needs no entry point' }];
    },
  },
  'alias-clash': {
    'roles/agent.json': (agent) => (agent.aliases = ['call center']),
    'roles/team-leader.json': (leader) => (leader.aliases = ['team lead', 'Call-Center']),
    'skills.json': (skills) => (skills[1].aliases = ['Talking']),
  },
} satisfies Record<string, FixturePatch>;

export type BrokenFixture = keyof typeof brokenFixtures;

/** The folder of a broken fixture, written afresh from minimal and its patch. */
export const brokenFixture = (name: BrokenFixture): string => fixtureFrom(name, brokenFixtures[name]);
