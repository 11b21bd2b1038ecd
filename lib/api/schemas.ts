import { z } from 'zod';
import { provenanceSchema } from '../content/provenance';
import {
  certificationSchema,
  glossaryTermSchema,
  levelSchema,
  moveKindSchema,
  occupationCodesSchema,
  reachSchema,
  roleSchema,
  skillLevelSchema,
  skillSchema,
  slugSchema,
  trackSchema,
} from '../content/schemas';

// The open-data API's responses as zod schemas: the JSON Schemas and the OpenAPI document are
// generated from these (lib/api/openapi.ts), and the builders in lib/api/resources.ts are typed by
// them, so a response cannot drift from its published schema. Content objects reuse the content
// model's own schemas.

/** The API's major version: it is in every path (/api/v1/) and every body. */
export const apiVersion = '1';

/** Names the schemas are published under, in the OpenAPI document and at /api/v1/schemas/<name>. */
export const apiSchemas = z.registry<{ id: string }>();

function published<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}

function versioned<T extends z.ZodRawShape>(shape: T) {
  return z.object({ apiVersion: z.literal(apiVersion).describe('Major version of this API'), ...shape }).strict();
}

const moveSource = provenanceSchema.optional().describe('Where the move comes from: the article’s words, or why this guide suggests it');

const pageUrl = z.string().describe('Absolute address of the page that shows the same thing to people');

const heldSkillSchema = published(
  'HeldSkill',
  z
    .object({ skill: slugSchema, level: skillLevelSchema.describe('Level held') })
    .strict()
    .describe('A skill the person holds'),
);

const skillToGainSchema = published(
  'SkillToGain',
  z
    .object({
      skill: slugSchema,
      level: skillLevelSchema.describe('Level the next role needs'),
      held: skillLevelSchema.optional().describe('Best level held so far along the route, when held at all'),
    })
    .strict(),
);

const occupationsSchema = published('OccupationCodes', occupationCodesSchema);

/** A role as published: every role in the content has its occupation codes. */
const publishedRoleSchema = roleSchema.extend({ occupations: occupationsSchema });

const roleSummarySchema = published(
  'RoleSummary',
  publishedRoleSchema
    .pick({ slug: true, title: true, abbreviation: true, track: true, level: true, summary: true, workModes: true, occupations: true })
    .extend({ url: pageUrl })
    .strict(),
);

export const roleListResponseSchema = published('RoleList', versioned({ roles: z.array(roleSummarySchema) }));

export const roleResponseSchema = published(
  'RoleDetail',
  versioned({
    role: publishedRoleSchema,
    url: pageUrl,
    movesOut: z
      .array(
        z
          .object({
            to: slugSchema,
            kind: moveKindSchema,
            takes: z.string(),
            source: moveSource,
            skillsToGain: z.array(skillToGainSchema).describe('What the next role needs beyond this one'),
            metricsToMaster: z.array(slugSchema).describe('Glossary slugs of the next role’s metrics'),
          })
          .strict(),
      )
      .describe('Each move out of the role'),
    movesIn: z.array(z.object({ from: slugSchema, kind: moveKindSchema, source: moveSource }).strict()).describe('Roles people move into this one from'),
  }),
);

export const skillListResponseSchema = published('SkillList', versioned({ skills: z.array(skillSchema) }));

export const skillResponseSchema = published(
  'SkillDetail',
  versioned({
    skill: skillSchema,
    url: pageUrl,
    roles: z
      .array(z.object({ slug: slugSchema, title: z.string(), level: skillLevelSchema.describe('Level the role needs'), key: z.boolean() }).strict())
      .describe('Roles that need the skill'),
  }),
);

export const graphResponseSchema = published(
  'GrowthGraph',
  versioned({
    nodes: z.array(
      z
        .object({
          slug: slugSchema,
          title: z.string(),
          track: trackSchema,
          level: levelSchema,
          levelSource: provenanceSchema.optional().describe('Why the role sits on this rung'),
        })
        .strict(),
    ),
    edges: z
      .array(z.object({ from: slugSchema, to: slugSchema, kind: moveKindSchema, source: moveSource }).strict())
      .describe('Growth moves, from one role to another: each climbs at most one level (a promotion one, a lateral move none)'),
    reach: z
      .array(reachSchema.extend({ from: slugSchema }).strict())
      .describe('Where a path can lead over a career (the article’s “or even …” destinations): reached through the edges, never one edge'),
  }),
);

export const glossaryResponseSchema = published('Glossary', versioned({ terms: z.array(glossaryTermSchema) }));

export const certificationsResponseSchema = published('Certifications', versioned({ certifications: z.array(certificationSchema) }));

const contributionSchema = z
  .object({
    skill: slugSchema,
    name: z.string(),
    needed: skillLevelSchema,
    neededFrom: z
      .enum(['rule', 'article', 'guide'])
      .describe('Where the level needed comes from: the level rule (see /about#skill-levels), or the article or this guide departing from it'),
    held: skillLevelSchema.optional().describe('Absent when the skill is missing'),
    key: z.boolean(),
    defining: z.boolean().describe('What the role is hired for: these make up half of the score and gate a strong match'),
    core: z.boolean(),
    knowledge: z.boolean().describe('A body of knowledge learnt by study or certification, not on the job'),
    weight: z.number().int(),
    earned: z.number(),
    possible: z.number(),
  })
  .strict()
  .describe('How one required skill counted towards the score');

const scorePartSchema = z.object({ earned: z.number(), possible: z.number() }).strict();

const roleMatchShape = {
  slug: slugSchema,
  title: z.string(),
  level: levelSchema,
  score: z.number().int().min(0).max(100).describe('Half for the defining skills, half for the rest, each earned over possible; rounded down'),
  defining: scorePartSchema,
  other: scorePartSchema,
  strong: z.boolean().describe('Score at least 70 with every defining skill held'),
  contributions: z.array(contributionSchema),
  matched: z.array(contributionSchema),
  missing: z.array(contributionSchema),
  missingDefining: z.array(contributionSchema),
};

const roleMatchSchema = published('RoleMatch', z.object(roleMatchShape).strict());

const applyOptionSchema = published(
  'ApplyOption',
  z
    .object({
      ...roleMatchShape,
      via: z
        .object({
          role: slugSchema,
          kind: moveKindSchema,
          suggested: z.literal(true).optional().describe('Present when the move is this guide’s suggestion, not named by the article'),
        })
        .strict()
        .optional()
        .describe('Set when the role is one growth move from the role the person holds (`from`)'),
      entryPoint: z
        .object({
          background: slugSchema.describe('The past job (`background=`) that opens the role'),
          reason: z.string().describe('Why this guide suggests applying straight for it'),
        })
        .strict()
        .optional()
        .describe('Set when a past job opens this role above entry level: always this guide’s suggestion, never the article’s'),
    })
    .strict(),
);

const growOptionSchema = published(
  'GrowOption',
  z
    .object({
      ...roleMatchShape,
      route: z.array(slugSchema).describe('Roles from the start to this one, both included'),
      moves: z
        .number()
        .int()
        .nullable()
        .describe('Growth moves along the route (never null since every role listed has a route; kept nullable for earlier clients)'),
      tier: z
        .number()
        .int()
        .min(0)
        .max(2)
        .describe(
          '0 from the person’s own start (the role held, or the role they fit best now), 1 from another role open now, 2 (newcomers only) from an entry role',
        ),
    })
    .strict(),
);

const nextSkillSchema = published(
  'NextSkill',
  z
    .object({
      skill: slugSchema,
      name: z.string(),
      opens: z.array(z.object({ slug: slugSchema, title: z.string() }).strict()).describe('Roles it would open to apply for now'),
      strong: z
        .array(z.object({ slug: slugSchema, title: z.string(), score: z.number().int() }).strict())
        .describe('Nearby roles it would make a strong match'),
      rolesRaised: z.number().int(),
      biggestRise: z.object({ slug: slugSchema, title: z.string(), from: z.number().int(), to: z.number().int() }).strict(),
    })
    .strict(),
);

const skillSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('picked') }).strict(),
  z.object({ kind: z.literal('tasks'), tasks: z.array(z.string()) }).strict(),
  z.object({ kind: z.literal('current-role'), role: slugSchema }).strict(),
  z.object({ kind: z.literal('background'), background: slugSchema.describe('The past job it comes from, as in `background=`') }).strict(),
]);

const matchQuerySchema = z
  .object({
    skills: z.array(heldSkillSchema),
    tasks: z.array(z.string()),
    from: slugSchema.optional(),
    backgrounds: z.array(slugSchema).max(3).optional().describe('Past jobs outside BPO (`background=`), when any'),
    without: z.array(slugSchema).optional().describe('Skills taken off those past jobs (`without=`), when any'),
    target: slugSchema.optional(),
  })
  .strict()
  .describe('The parameters as read: what /match would show for them');

export const matchResponseSchema = published(
  'Match',
  versioned({
    query: matchQuerySchema,
    url: pageUrl,
    held: z
      .array(z.object({ skill: slugSchema, level: skillLevelSchema, source: skillSourceSchema }).strict())
      .describe('Skills counted: picked, built by ticked tasks, held in the current role, or built by a past job'),
    current: roleMatchSchema.optional().describe('The role the person has now (`from`), labelled rather than ranked'),
    experience: z.array(slugSchema).describe('The BPO role the person holds (`from`), if any: experience is a role held, never a duty ticked'),
    workDone: z.array(slugSchema).describe('Roles whose duties the person ticked: part of that work done, which builds skills and opens no move'),
    applyNow: z.array(applyOptionSchema).describe('“You could apply now”, in the page’s order'),
    growInto: z.array(growOptionSchema).describe('“Roles to grow into”, in the page’s order'),
    nextSkills: z.array(nextSkillSchema).describe('Skills worth learning next, best first'),
    target: z
      .object({
        slug: slugSchema,
        list: z
          .enum(['current', 'apply-now', 'grow-into', 'off-track'])
          .describe('Where the target sits in the advice; off-track when it is a rung below the role held or no route leads there'),
        route: z.array(slugSchema).optional().describe('For a role to grow into: the route the page spells out, start and target included'),
      })
      .strict()
      .optional(),
    cvLines: z
      .array(
        z.discriminatedUnion('kind', [
          z
            .object({
              kind: z.literal('work'),
              text: z.string(),
              basis: z.union([
                z.object({ task: z.string().describe('A ticked task (`tasks`)') }).strict(),
                z.object({ role: slugSchema.describe('The role held (`from`), one of whose duties this is') }).strict(),
              ]),
            })
            .strict()
            .describe('Work the person did, in CV words: a ticked task, or a duty of the role they hold'),
          z
            .object({ kind: z.literal('show-skill'), skill: slugSchema, text: z.string() })
            .strict()
            .describe('How to show a held skill that no work shows, with an example of their own; it claims no job'),
        ]),
      )
      .describe('Lines for a CV: only `work` lines describe work, and only from what the person did; skills alone give `show-skill` prompts'),
  }),
);

const routeStepSchema = published(
  'RouteStep',
  z
    .object({
      from: slugSchema,
      to: slugSchema,
      kind: moveKindSchema,
      takes: z.string(),
      source: moveSource,
      skillsToGain: z.array(skillToGainSchema),
      certifications: z.array(slugSchema),
      advice: z.array(slugSchema),
    })
    .strict(),
);

export const pathsResponseSchema = published(
  'Paths',
  versioned({
    from: slugSchema,
    to: slugSchema.optional(),
    url: pageUrl,
    routes: z
      .array(z.object({ roles: z.array(slugSchema), steps: z.array(routeStepSchema) }).strict())
      .describe('With `to`: shortest route first, then up to two alternatives'),
    reachable: z
      .array(z.object({ slug: slugSchema, distance: z.number().int().min(1) }).strict())
      .describe('Without `to`, or when no route exists: every role reachable from `from`, nearest first'),
    notices: z.array(z.string()).describe('Why a plan is empty, as the page says it'),
    reach: z.array(reachSchema).describe('Where a path from `from` can lead over a career, with the words behind it: reached through routes, never one move'),
  }),
);

export const indexResponseSchema = published(
  'Index',
  versioned({
    openapi: z.string().describe('Path of the OpenAPI 3.1 document'),
    documentation: pageUrl,
    endpoints: z.array(z.object({ path: z.string(), summary: z.string(), example: z.string() }).strict()),
    downloads: z.array(z.object({ path: z.string(), title: z.string() }).strict()),
  }),
);

export const problemSchema = published(
  'Problem',
  z
    .object({
      type: z.string().describe('URI of the kind of problem, documented on /data'),
      title: z.string(),
      status: z.number().int(),
      detail: z.string(),
      instance: z.string().describe('The path that was asked for'),
      notices: z.array(z.string()).describe('The same notices the page shows for the same input'),
      suggestions: z.array(z.object({ slug: z.string(), label: z.string(), href: z.string() }).strict()),
    })
    .strict()
    .describe('An RFC 9457 problem document'),
);

export type RoleListResponse = z.infer<typeof roleListResponseSchema>;
export type RoleResponse = z.infer<typeof roleResponseSchema>;
export type SkillListResponse = z.infer<typeof skillListResponseSchema>;
export type SkillResponse = z.infer<typeof skillResponseSchema>;
export type GraphResponse = z.infer<typeof graphResponseSchema>;
export type GlossaryResponse = z.infer<typeof glossaryResponseSchema>;
export type CertificationsResponse = z.infer<typeof certificationsResponseSchema>;
export type MatchResponse = z.infer<typeof matchResponseSchema>;
export type PathsResponse = z.infer<typeof pathsResponseSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type IndexResponse = z.infer<typeof indexResponseSchema>;
