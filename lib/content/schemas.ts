import { z } from 'zod';
import { levels, moveKinds, occupationFits, skillLevels, tracks, workModes } from './enums';
import type { ArticleCitation } from './fingerprint';
import { provenanceSchema } from './provenance';

// The zod schemas are the content model's single source of truth: types are inferred
// from them, and their .describe() texts are the documentation the README points to.

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens')
  .describe('Stable URL identifier; never change one that has been published');

export const trackSchema = z.enum(tracks).describe('Which part of BPO work the role belongs to');
export const levelSchema = z.enum(levels).describe('Seniority: entry, mid, senior or executive');
export const workModeSchema = z.enum(workModes).describe('How the work is done; set only where the article supports it');
export const skillLevelSchema = z.enum(skillLevels).describe('How well a skill is held or needed');
export const moveKindSchema = z.enum(moveKinds).describe('The kind of career move a growth edge is');

const aliasesSchema = z
  .array(z.string().trim().min(2).max(40))
  .default([])
  .describe(
    'Other words people type for it, in their own terms ("call center" for the customer service representative, "english" for language proficiency): the skills filter, the route planner\'s role fields and site search find it by them. Not shown as its name. (Unrelated to retired skill slugs, lib/content/skill-aliases.ts.)',
  );

const dutySchema = z
  .object({
    text: z
      .string()
      .min(3)
      .describe('A task in plain past-tense words a person would recognise from their own work, e.g. "Answered customer calls about orders"'),
    builds: z.array(slugSchema).min(1).describe('Skill slugs this task builds'),
  })
  .strict();

export const roleSkillSchema = z
  .object({
    skill: slugSchema.describe('Skill slug from content/skills.json'),
    level: skillLevelSchema.describe('Level the role needs'),
    key: z.boolean().default(false).describe('True when the skill is central to the role; source says whether the article or this guide says so'),
    defining: z.boolean().optional().describe('True for what the role is hired for: a subset of its key skills; every role has at least one'),
    levelSource: provenanceSchema
      .optional()
      .describe(
        'Required when the level departs from the level rule (lib/content/level-rule.ts): the article words that ask for this level, or why this guide does',
      ),
    source: provenanceSchema
      .optional()
      .describe('Required when key is true: the article words that name this skill for the role, or why this guide treats it as key'),
  })
  .strict();

export const growthSchema = z
  .object({
    to: slugSchema.describe('Slug of the role this one can grow into'),
    kind: moveKindSchema,
    takes: z.string().min(3).describe('What the step takes, in one sentence drawn from the article'),
    // Optional to zod so code and tests can build moves without one; validateContent requires it in content files.
    source: provenanceSchema.optional().describe('Required: the article words that name this move, or why this guide suggests it'),
  })
  .strict();

// Standard occupation codes, so the open data joins with job boards, workforce systems and HR data.
// Each code says how well it fits; anything short of exact says what differs.

export const occupationFitSchema = z
  .enum(occupationFits)
  .describe('How well the standard occupation fits: exact, close, broad (the code covers much more), or none (no code fits; this is the nearest)');

const onetSocCodeSchema = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC 2019 code is NN-NNNN.NN, e.g. "43-4051.00"')
  .describe('O*NET-SOC 2019 code, NN-NNNN.NN');

const isco08CodeSchema = z
  .string()
  .regex(/^\d{4}$/, 'an ISCO-08 unit group is four digits, e.g. "4222"')
  .describe('ISCO-08 unit group, four digits');

const escoIdSchema = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'an ESCO occupation is the ID that ends its address http://data.europa.eu/esco/occupation/<ID>, e.g. "b7b75eb6-34bc-462d-b412-eed393cc1397"',
  )
  .describe('ESCO occupation ID: its address is http://data.europa.eu/esco/occupation/<ID>');

/** One code in one classification; `wellOnly` for ESCO, which is listed only where a code fits well. */
function standardOccupationSchema(code: z.ZodString, { wellOnly = false } = {}) {
  return z
    .object({
      code,
      title: z.string().trim().min(2).describe('The title the classification gives this code, word for word'),
      fit: occupationFitSchema,
      note: z.string().trim().min(10).optional().describe('Required unless the fit is exact: what differs, in one line'),
    })
    .strict()
    .superRefine((entry, context) => {
      if (wellOnly && entry.fit !== 'exact' && entry.fit !== 'close') {
        context.addIssue({
          code: 'custom',
          path: ['fit'],
          message: `list an ESCO occupation only where it fits well ("exact" or "close"); leave a "${entry.fit}" one out`,
        });
      }
      if (entry.fit !== 'exact' && entry.note === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['note'],
          message: `a "${entry.fit}" fit needs a note saying what differs, e.g. { "note": "No classification separates a second support tier from the first" }`,
        });
      }
    });
}

export const occupationCodesSchema = z
  .object({
    onetSoc: z.array(standardOccupationSchema(onetSocCodeSchema)).min(1).describe('O*NET-SOC 2019 occupations, closest first'),
    isco08: z.array(standardOccupationSchema(isco08CodeSchema)).min(1).describe('ISCO-08 unit groups, closest first'),
    esco: z
      .array(standardOccupationSchema(escoIdSchema, { wellOnly: true }))
      .default([])
      .describe('ESCO occupations, only where one fits well (exact or close), closest first'),
  })
  .strict()
  .describe('The standard occupations closest to this job, with how well each fits');
export const reachSchema = z
  .object({
    to: slugSchema.describe('Slug of a role further up that this path can lead to over a career'),
    // Required: a reach statement is only ever as good as the words behind it.
    source: provenanceSchema.describe(
      'The article words naming this destination (its "or even …" and "climbed the ladder to …" lists), or why this guide names it',
    ),
  })
  .strict()
  .describe('Where a path can lead over a career: reached through moves, one rung at a time, never a single step');

export const roleSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(2).describe('Job title as a person would write it on a CV'),
    // Optional to zod, like growth[].source, so code and tests can build roles without codes; validateContent requires it in content files.
    occupations: occupationCodesSchema.optional().describe('Required: the standard occupations (O*NET-SOC 2019, ISCO-08, ESCO) closest to the role'),
    abbreviation: z.string().optional().describe('Short form the article uses, e.g. CSR'),
    track: trackSchema,
    level: levelSchema,
    // Optional to zod, like growth[].source: validateContent requires it in content files.
    levelSource: provenanceSchema
      .optional()
      .describe("Required: why the role sits on this rung, in the article words or this guide's reason; say so when two titles share a rung"),
    summary: z.string().min(10).max(200).describe('One line: what the role is'),
    overview: z.array(z.string().min(10)).min(1).describe('Paragraphs of prose about the role'),
    duties: z.array(dutySchema).min(1).describe('What the role does, each duty tied to the skills it builds'),
    workModes: z.array(workModeSchema).default([]).describe('Voice, chat, email or non-voice, only where the article says so'),
    requirement: z
      .object({
        text: z.string().min(5).describe('What the role asks of a newcomer besides its level, in a few words: "healthcare knowledge or a certification"'),
        source: provenanceSchema.describe('The article words that ask for it, or why this guide does'),
      })
      .strict()
      .optional()
      .describe('Shown with the level wherever it is ("Entry level, with healthcare knowledge or a certification") and in JSON-LD'),
    skills: z.array(roleSkillSchema).min(1).describe('Skills the role requires'),
    growth: z
      .array(growthSchema)
      .default([])
      .describe(
        'Moves out of this role, one rung at a time: a promotion climbs one level, a lateral move stays on the same level, a specialization or beyond-BPO move stays or climbs one; none goes down',
      ),
    reach: z.array(reachSchema).default([]).describe('Roles further up that this path can lead to over a career; each must be reachable through moves'),
    metrics: z.array(slugSchema).default([]).describe('Glossary slugs of the metrics the role is judged on'),
    // Optional to zod, like growth[].source: validateContent requires one entry per listed slug.
    metricSources: z
      .record(slugSchema, provenanceSchema)
      .optional()
      .describe('For each slug in metrics: the article words that tie the metric to this work, or why this guide does'),
    certifications: z.array(slugSchema).default([]).describe('Certification slugs that can help in this role (helps, never requirements)'),
    certificationSources: z
      .record(slugSchema, provenanceSchema)
      .optional()
      .describe('For each slug in certifications: the article words that tie it to this work, or why this guide does'),
    aliases: aliasesSchema,
  })
  .strict();

// A job people held before BPO. Everything here is this guide's reasoning (the article does not
// speak of past jobs), so every skill says why the job builds it, and the page marks it as such.

const whyBuilt = 'say in one line why the job builds this skill, e.g. { "reason": "Calmed customers upset about a price or a long queue" }';
const whyEntryPoint =
  'say in one line why this job is enough to apply straight for the role, e.g. { "reason": "Led a shift of cashiers to daily targets, which is the team leader’s job" }';

export const backgroundSkillSchema = z
  .object({
    skill: slugSchema.describe('Skill slug from content/skills.json'),
    level: skillLevelSchema.describe('The level someone who has done the job for a while holds'),
    reason: z.string({ error: whyBuilt }).trim().min(10, whyBuilt).describe('One line: why the job builds this skill at this level (this guide’s reasoning)'),
    quote: z
      .string()
      .trim()
      .min(3)
      .optional()
      .describe(
        'Only where the article says exactly this: its words, copied (checked against the article), e.g. "industry-specific certifications or knowledge"',
      ),
  })
  .strict();

const entryPointSchema = z
  .object({
    role: slugSchema.describe('A role one rung above entry level that this job prepares someone to apply for directly'),
    reason: z
      .string({ error: whyEntryPoint })
      .trim()
      .min(10, whyEntryPoint)
      .describe('Why this guide suggests applying straight for it; shown as this guide’s suggestion'),
  })
  .strict();

export const backgroundSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(2).describe('The job as a person would name it, e.g. "Retail cashier"'),
    occupations: occupationCodesSchema.describe('The standard occupations (O*NET-SOC 2019, ISCO-08, ESCO) closest to the job'),
    alternativeTitles: z
      .array(z.string().trim().min(2))
      .min(1)
      .describe('Other names people type for this job, e.g. "checkout operator"; the background picker and search match them'),
    summary: z.string().min(10).max(200).describe('One line: what the job is'),
    skills: z.array(backgroundSkillSchema).min(1).describe('Skills the job builds, each with a level and why'),
    duties: z.array(dutySchema).default([]).describe('What the job involves, in plain words, each tied to skills listed above'),
    entryPoints: z
      .array(entryPointSchema)
      .default([])
      .describe('Roles above entry level this guide suggests applying for directly, each with why; otherwise a past job opens entry roles only'),
  })
  .strict();

export const skillSchema = z
  .object({
    slug: slugSchema,
    name: z.string().min(2),
    kind: z.enum(['core', 'role-specific']).describe("core = one of the article's seven key skills"),
    // The article sets these apart: specialised roles ask for "industry-specific certifications or
    // knowledge", tech support for "strong technical knowledge", data-centric roles for courses.
    knowledge: z
      .boolean()
      .optional()
      .describe(
        'True for a body of knowledge learnt by study, courses or certification rather than on the job: a role hired for one is not a next step without it',
      ),
    description: z.string().min(10).describe('What the skill is, in BPO terms'),
    howToBuild: z.array(z.string().min(10)).min(1).describe("Ways to build it, from the article's advice"),
    howToShow: z
      .string()
      .min(10)
      .describe(
        'How someone can show the skill on a CV or in an interview without claiming a job, as a prompt: "Give an example of a time you calmed an upset customer". The skill match offers it for a skill held without work experience behind it',
      ),
    aliases: aliasesSchema,
    cvLine: z
      .string()
      .min(10)
      .describe('A short CV-ready line describing the skill as BPO experience, for someone who has done the work (shown on the skill page, to adapt)'),
  })
  .strict();

export const glossaryTermSchema = z
  .object({
    slug: slugSchema,
    term: z.string().min(2),
    abbreviation: z.string().optional(),
    kind: z.enum(['metric', 'term']).describe('metric = something a role is measured on'),
    definition: z.string().min(10).max(240).describe('One sentence, shown in tooltips'),
    explanation: z.array(z.string().min(10)).min(1).describe('Plain-language paragraphs'),
  })
  .strict();

export const certificationSchema = z
  .object({
    slug: slugSchema,
    name: z.string().min(2),
    abbreviation: z.string().optional(),
    description: z.string().min(10).describe('What it is and why it helps, from the article'),
    examples: z.array(z.string()).default([]).describe('Named examples the article gives'),
  })
  .strict();

export const adviceSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(2),
    text: z.string().min(10),
    appliesTo: z.array(moveKindSchema).min(1).describe('Kinds of move where the path planner shows this advice'),
  })
  .strict();

export const guideMetaSchema = z
  .object({
    slug: slugSchema.describe('Also the MDX file name in content/guides/'),
    title: z.string().min(2),
    summary: z.string().min(10).max(240),
  })
  .strict();

export type { Provenance } from './provenance';

export const skillsFileSchema = z.array(skillSchema);
export const glossaryFileSchema = z.array(glossaryTermSchema);
export const certificationsFileSchema = z.array(certificationSchema);
export const adviceFileSchema = z.array(adviceSchema);
export const guidesFileSchema = z.array(guideMetaSchema);

export type Track = z.infer<typeof trackSchema>;
export type Level = z.infer<typeof levelSchema>;
export type WorkMode = z.infer<typeof workModeSchema>;
export type SkillLevel = z.infer<typeof skillLevelSchema>;
export type MoveKind = z.infer<typeof moveKindSchema>;
export type RoleSkill = z.infer<typeof roleSkillSchema>;
export type Growth = z.infer<typeof growthSchema>;
export type OccupationFit = z.infer<typeof occupationFitSchema>;
export type OccupationCodes = z.infer<typeof occupationCodesSchema>;
export type StandardOccupation = OccupationCodes['onetSoc'][number];
export type Role = z.infer<typeof roleSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Background = z.infer<typeof backgroundSchema>;
export type BackgroundSkill = z.infer<typeof backgroundSkillSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type Advice = z.infer<typeof adviceSchema>;
export type GuideMeta = z.infer<typeof guideMetaSchema>;

/** Everything in content/, validated; guides carry their MDX source. */
export interface Content {
  /** The article the content is based on, as cited (its text is not in the project). */
  article: ArticleCitation;
  roles: Role[];
  /** Jobs people held before BPO, by title. */
  backgrounds: Background[];
  skills: Skill[];
  glossary: GlossaryTerm[];
  certifications: Certification[];
  advice: Advice[];
  guides: (GuideMeta & { source: string })[];
}
