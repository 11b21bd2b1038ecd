import type { z } from 'zod';
import {
  certificationsResponseSchema,
  indexResponseSchema,
  glossaryResponseSchema,
  graphResponseSchema,
  matchResponseSchema,
  pathsResponseSchema,
  roleListResponseSchema,
  roleResponseSchema,
  skillListResponseSchema,
  skillResponseSchema,
} from './schemas';

// Every JSON endpoint once: the OpenAPI document, the /data page and the tests all read this list.

export interface ApiParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description: string;
}

export interface ApiEndpoint {
  /** OpenAPI path template under the site root, e.g. /api/v1/roles/{slug}. */
  path: string;
  summary: string;
  /** A real URL that answers 200, shown on /data and checked by the tests. */
  example: string;
  schema: z.ZodType;
  parameters: ApiParameter[];
  /** Answers 404 with suggestions for an unknown slug. */
  notFound?: boolean;
  /** Answers 400 with the page's notices for parameters it cannot read. */
  badRequest?: boolean;
}

const slugParameter = (what: string): ApiParameter => ({
  name: 'slug',
  in: 'path',
  required: true,
  description: `The ${what}’s slug, as in its page’s address`,
});

export const apiEndpoints: readonly ApiEndpoint[] = [
  { path: '/api/v1', summary: 'What is here: every endpoint and download', example: '/api/v1', schema: indexResponseSchema, parameters: [] },
  { path: '/api/v1/roles', summary: 'Every role, in short', example: '/api/v1/roles', schema: roleListResponseSchema, parameters: [] },
  {
    path: '/api/v1/roles/{slug}',
    summary: 'One role: duties, skills, moves out and in, metrics, certifications',
    example: '/api/v1/roles/team-leader',
    schema: roleResponseSchema,
    parameters: [slugParameter('role')],
    notFound: true,
  },
  { path: '/api/v1/skills', summary: 'Every skill', example: '/api/v1/skills', schema: skillListResponseSchema, parameters: [] },
  {
    path: '/api/v1/skills/{slug}',
    summary: 'One skill and the roles that need it',
    example: '/api/v1/skills/communication',
    schema: skillResponseSchema,
    parameters: [slugParameter('skill')],
    notFound: true,
  },
  { path: '/api/v1/graph', summary: 'The growth graph: roles as nodes, moves as edges', example: '/api/v1/graph', schema: graphResponseSchema, parameters: [] },
  { path: '/api/v1/glossary', summary: 'Metrics and terms', example: '/api/v1/glossary', schema: glossaryResponseSchema, parameters: [] },
  { path: '/api/v1/certifications', summary: 'Certifications', example: '/api/v1/certifications', schema: certificationsResponseSchema, parameters: [] },
  {
    path: '/api/v1/match',
    summary: 'Roles ranked by fit to the skills held, as /match shows them',
    example: '/api/v1/match?skills=communication:strong,empathy&target=team-leader',
    schema: matchResponseSchema,
    parameters: [
      {
        name: 'skills',
        in: 'query',
        required: false,
        description: 'Skill slugs, comma-separated, each optionally with :basic, :working or :strong (working when left out)',
      },
      {
        name: 'tasks',
        in: 'query',
        required: false,
        description: 'Tasks done, comma-separated, each <role-slug>.<duty-index>: they build skills, never make the person a holder of the role',
      },
      {
        name: 'from',
        in: 'query',
        required: false,
        description: 'The BPO role the person holds now (same meaning as on /paths): they hold its skills, and the moves one rung from it open',
      },
      {
        name: 'background',
        in: 'query',
        required: false,
        description:
          'Up to three past jobs outside BPO (slugs from /backgrounds), comma-separated or repeated: each fills in the skills it builds; never a role held, it opens entry roles and the entry points its content names',
      },
      { name: 'without', in: 'query', required: false, description: 'Skills a named background fills in that the person does not have, comma-separated' },
      { name: 'target', in: 'query', required: false, description: 'A role slug: adds the match and the closest way into that role' },
    ],
    badRequest: true,
  },
  {
    path: '/api/v1/paths',
    summary: 'Routes from one role to another, with the skills to gain per move, as /paths plans them',
    example: '/api/v1/paths?from=customer-service-representative&to=operations-manager',
    schema: pathsResponseSchema,
    parameters: [
      { name: 'from', in: 'query', required: true, description: 'The role held now' },
      { name: 'to', in: 'query', required: false, description: 'The goal; without it, every role reachable from `from`' },
    ],
    badRequest: true,
  },
];
