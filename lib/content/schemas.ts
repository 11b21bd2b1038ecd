import { z } from 'zod';
import { levels, moveKinds, skillLevels, tracks, workModes } from './enums';
import { provenanceSchema } from './provenance';

// The zod schemas are the content model's single source of truth: types are inferred
// from them, and their .describe() texts are the documentation the README points to.

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens')
  .describe('Stable URL identifier; never change one that has been published');

export { levels, moveKinds, skillLevels, tracks, workModes } from './enums';

export const trackSchema = z.enum(tracks).describe('Which part of BPO work the role belongs to');
export const levelSchema = z.enum(levels).describe('Seniority: entry, mid, senior or executive');
export const workModeSchema = z.enum(workModes).describe('How the work is done; set only where the article supports it');
export const skillLevelSchema = z.enum(skillLevels).describe('How well a skill is held or needed');
export const moveKindSchema = z.enum(moveKinds).describe('The kind of career move a growth edge is');

export const aliasesSchema = z
  .array(z.string().trim().min(2).max(40))
  .default([])
  .describe(
    'Other words people type for it, in their own terms ("call center" for the customer service representative, "english" for language proficiency): the skills filter, the route planner\'s role fields and site search find it by them. Not shown as its name. (Unrelated to retired skill slugs, lib/content/skill-aliases.ts.)',
  );

export const dutySchema = z
  .object({
    text: z.string().min(3).describe('A task in plain past-tense words a person would recognise from their own work, e.g. "Answered customer calls about orders"'),
    builds: z.array(slugSchema).min(1).describe('Skill slugs this task builds'),
  })
  .strict();

export const roleSkillSchema = z
  .object({
    skill: slugSchema.describe('Skill slug from content/skills.json'),
    level: skillLevelSchema.describe('Level the role needs'),
    key: z.boolean().default(false).describe('True when the skill is central to the role; source says whether the article or this guide says so'),
    defining: z
      .boolean()
      .optional()
      .describe('True for what the role is hired for: a subset of its key skills; every role has at least one'),
    levelSource: z
      .string()
      .trim()
      .min(3)
      .optional()
      .describe('For an entry-level role asking "strong": the article phrase that asks for that much, word for word'),
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

export const reachSchema = z
  .object({
    to: slugSchema.describe('Slug of a role further up that this path can lead to over a career'),
    // Required: a reach statement is only ever as good as the words behind it.
    source: provenanceSchema.describe('The article words naming this destination (its "or even …" and "climbed the ladder to …" lists), or why this guide names it'),
  })
  .strict()
  .describe('Where a path can lead over a career: reached through moves, one rung at a time, never a single step');

export const roleSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(2).describe('Job title as a person would write it on a CV'),
    abbreviation: z.string().optional().describe('Short form the article uses, e.g. CSR'),
    track: trackSchema,
    level: levelSchema,
    // Optional to zod, like growth[].source: validateContent requires it in content files.
    levelSource: provenanceSchema
      .optional()
      .describe('Required: why the role sits on this rung, in the article words or this guide\'s reason; say so when two titles share a rung'),
    summary: z.string().min(10).max(200).describe('One line: what the role is'),
    overview: z.array(z.string().min(10)).min(1).describe('Paragraphs of prose about the role'),
    duties: z.array(dutySchema).min(1).describe('What the role does, each duty tied to the skills it builds'),
    workModes: z.array(workModeSchema).default([]).describe('Voice, chat, email or non-voice, only where the article says so'),
    skills: z.array(roleSkillSchema).min(1).describe('Skills the role requires'),
    growth: z
      .array(growthSchema)
      .default([])
      .describe('Moves out of this role, one rung at a time: a promotion climbs one level, a lateral move stays on the same level, a specialization or beyond-BPO move stays or climbs one; none goes down'),
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
      .describe('True for a body of knowledge learnt by study, courses or certification rather than on the job: a role hired for one is not a next step without it'),
    description: z.string().min(10).describe('What the skill is, in BPO terms'),
    howToBuild: z.array(z.string().min(10)).min(1).describe("Ways to build it, from the article's advice"),
    howToShow: z
      .string()
      .min(10)
      .describe(
        'How someone can show the skill on a CV or in an interview without claiming a job, as a prompt: "Give an example of a time you calmed an upset customer". The skill match offers it for a skill held without work experience behind it',
      ),
    aliases: aliasesSchema,
    cvLine: z.string().min(10).describe('A short CV-ready line describing the skill as BPO experience, for someone who has done the work (shown on the skill page, to adapt)'),
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

export { provenanceSchema } from './provenance';
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
export type Duty = z.infer<typeof dutySchema>;
export type RoleSkill = z.infer<typeof roleSkillSchema>;
export type Growth = z.infer<typeof growthSchema>;
export type Reach = z.infer<typeof reachSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type Advice = z.infer<typeof adviceSchema>;
export type GuideMeta = z.infer<typeof guideMetaSchema>;

/** Everything in content/, validated; guides carry their MDX source. */
export interface Content {
  roles: Role[];
  skills: Skill[];
  glossary: GlossaryTerm[];
  certifications: Certification[];
  advice: Advice[];
  guides: (GuideMeta & { source: string })[];
}
