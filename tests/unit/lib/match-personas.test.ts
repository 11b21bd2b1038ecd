import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { adviseMatch, type MatchInput } from '@/lib/match';
import { matchPageData } from '@/lib/match-data';
import type { HeldSkill } from '@/lib/match';

// A counselor's panel of job seekers. Each row is a person, the skills they would honestly pick
// (and the role they have now, if any), and the roles a counselor would accept at the top of each
// list. The expectations were written from the article (quoted) or from plain counselor sense
// BEFORE the ranking was run, and are never tuned to its output: when a row fails, the advice is
// wrong, not the row. `null` means the list should be empty.

interface Persona {
  who: string;
  skills: string;
  from?: string;
  tasks?: string[];
  /** Roles acceptable first in "You could apply now"; null = nobody should be told to apply yet. */
  applyNow: readonly string[] | null;
  /** Roles acceptable first in "Roles to grow into". */
  growInto: readonly string[];
}

const csrLadder = ['team-leader', 'supervisor', 'quality-analyst', 'trainer'];
const specialized = ['medical-coder', 'insurance-claims-specialist', 'mortgage-processor', 'legal-transcriptionist'];

const personas: Persona[] = [
  {
    who: 'a fresh graduate who talks easily and likes helping people',
    skills: 'communication,empathy,time-management,teamwork,adaptability',
    // "Whether you're a fresh graduate trying to break into the corporate world"; CSR "Skills Required:
    // Excellent communication, empathy, problem-solving, and time management".
    applyNow: ['customer-service-representative'],
    // "CSRs can move up to team leads, supervisors"; counselor sense: a lateral to tech support is also one move.
    growInto: [...csrLadder, 'technical-support-specialist'],
  },
  {
    who: 'the issue’s own example: strong communication and empathy',
    skills: 'communication:strong,empathy',
    // CSR "Skills Required: Excellent communication, empathy".
    applyNow: ['customer-service-representative'],
    // "CSRs can move up to team leads, supervisors, or even operations managers".
    growInto: [...csrLadder, 'technical-support-specialist'],
  },
  {
    who: 'a gamer who builds and fixes PCs for friends',
    skills: 'technical-knowledge,tech-savvy:strong,problem-solving,patience',
    // Technical Support Specialist "Skills Required: Strong technical knowledge, patience".
    applyNow: ['technical-support-specialist'],
    // "Career Growth: Advanced support teams, IT service management, or even specialized roles in cybersecurity".
    growInto: ['advanced-support-specialist', 'it-service-management-specialist', 'cybersecurity-specialist'],
  },
  {
    who: 'a nursing graduate',
    skills: 'healthcare-knowledge:strong,attention-to-detail:strong,confidentiality:strong,empathy:strong',
    // "Depending on the BPO niche—like healthcare ... individuals might handle medical coding".
    applyNow: ['medical-coder'],
    // "Career Growth: Leadership roles within the specialized domain"; counselor sense: health insurance
    // claims sits next door once insurance knowledge is learnt.
    growInto: ['specialized-domain-lead', 'insurance-claims-specialist'],
  },
  {
    who: 'a teacher who wants to train adults',
    skills: 'communication:strong,coaching,constructive-feedback,training-design,adaptability,patience',
    // Counselor sense: with no BPO experience the way in is an entry role, and a teacher talks for a living.
    applyNow: ['customer-service-representative'],
    // QA and Training "develop training programs, and coach agents"; "Offer to take on small leadership tasks—like helping train new hires".
    growInto: ['trainer'],
  },
  {
    who: 'an experienced CSR who mentors new hires',
    skills: 'communication:strong,empathy:strong,mentoring:strong,performance-metrics,problem-solving,time-management,leadership:basic',
    from: 'customer-service-representative',
    // "CSRs can move up to team leads, supervisors ... especially if they excel in mentoring and hitting performance targets".
    applyNow: ['team-leader', 'supervisor', 'trainer'],
    // "or even operations managers"; counselor sense: the step after the next one, or a sideways QA move;
    // after team leadership the article names "Senior operations management, service delivery management".
    growInto: ['operations-manager', 'quality-analyst', 'supervisor', 'trainer', 'service-delivery-manager'],
  },
  {
    who: 'a team leader aiming at operations',
    skills:
      'leadership:strong,performance-management:strong,strategic-thinking,conflict-resolution,communication:strong,performance-metrics:strong,emotional-intelligence',
    from: 'team-leader',
    // Team leadership "Career Growth: Senior operations management, service delivery management"; counselor
    // sense: the next rung (supervisor, service delivery) before an executive post.
    applyNow: ['supervisor', 'service-delivery-manager'],
    // "CSRs can move up to team leads, supervisors, or even operations managers".
    growInto: ['operations-manager'],
  },
  {
    who: 'a data-entry clerk',
    skills: 'attention-to-detail,organization,data-management,confidentiality,time-management,tech-savvy',
    // Back-office "Skills Required: Detail-oriented, organized, adept at data management software, confidentiality".
    applyNow: ['back-office-specialist'],
    // "Potential to move into HR management, accounting roles, data analytics, or process improvement leadership";
    // "Getting certified in these specialized areas can ... open up more niche career paths".
    growInto: ['process-improvement-lead', 'data-analyst', 'accountant', 'hr-manager', ...specialized],
  },
  {
    who: 'a finance graduate',
    skills: 'finance-knowledge:strong,attention-to-detail,compliance,confidentiality,organization',
    // "like healthcare, finance, or legal—individuals might handle ... mortgage processing".
    applyNow: ['mortgage-processor', 'back-office-specialist'],
    // "Leadership roles within the specialized domain"; back-office "Potential to move into ... accounting roles".
    growInto: ['specialized-domain-lead', 'accountant'],
  },
  {
    who: 'a legal secretary',
    skills: 'legal-knowledge,attention-to-detail:strong,confidentiality:strong,compliance,tech-savvy',
    // "legal process outsourcing (LPO)"; "mortgage processing, legal transcription, or healthcare support".
    applyNow: ['legal-transcriptionist'],
    // "Leadership roles within the specialized domain".
    growInto: ['specialized-domain-lead'],
  },
  {
    who: 'an insurance agent changing careers',
    skills: 'insurance-knowledge:strong,customer-centric-mindset,communication,attention-to-detail,compliance',
    // "individuals might handle medical coding, insurance claims".
    applyNow: ['insurance-claims-specialist'],
    // "Leadership roles within the specialized domain".
    growInto: ['specialized-domain-lead'],
  },
  {
    who: 'a shy student with a part-time retail job',
    skills: 'teamwork,time-management,customer-centric-mindset,adaptability,communication:basic',
    // "This flexibility can be ideal for students"; counselor sense: customer-facing entry work or back office.
    applyNow: ['customer-service-representative', 'back-office-specialist'],
    // Counselor sense: the next rung from an entry role, or another entry role after one more skill.
    growInto: [...csrLadder, 'technical-support-specialist', 'back-office-specialist'],
  },
  {
    who: 'a bilingual school leaver',
    skills: 'communication:strong,language-proficiency:strong,cross-cultural-collaboration,empathy',
    // Languages are "a significant plus" for a BPO with global clients; CSR skills.
    applyNow: ['customer-service-representative'],
    growInto: [...csrLadder, 'technical-support-specialist'],
  },
  {
    who: 'a help-desk technician with ITIL training, in tech support now',
    skills: 'technical-knowledge:strong,it-service-management,problem-solving:strong,tech-savvy:strong,patience',
    from: 'technical-support-specialist',
    // "certifications in ... IT service management (like ITIL) can be a game-changer"; "Advanced support teams, IT service management".
    applyNow: ['it-service-management-specialist', 'advanced-support-specialist'],
    // "or even specialized roles in cybersecurity"; counselor sense: or leading a team.
    growInto: ['cybersecurity-specialist', 'team-leader', 'advanced-support-specialist'],
  },
  {
    who: 'a quality analyst who wants to manage',
    skills:
      'leadership,attention-to-detail:strong,performance-metrics:strong,constructive-feedback:strong,coaching,quality-assurance:strong,strategic-thinking',
    from: 'quality-analyst',
    // QA and Training "Career Growth: QA managers, training managers, or operational leadership roles".
    applyNow: ['qa-manager', 'operations-manager'],
    // Counselor sense: the rung above operations manager, never an entry job.
    growInto: ['senior-operations-manager', 'operations-manager', 'qa-manager', 'service-delivery-manager', 'training-manager'],
  },
  {
    who: 'a retail store manager pivoting into BPO',
    skills: 'leadership,conflict-resolution,communication:strong,teamwork,customer-centric-mindset,performance-management,time-management,empathy',
    // "an experienced professional looking to pivot"; "Master Your Role First": counselor sense says start on the floor.
    applyNow: ['customer-service-representative'],
    // "CSRs can move up to team leads, supervisors".
    growInto: ['team-leader', 'supervisor'],
  },
  {
    who: 'a bookkeeper',
    skills: 'finance-knowledge,attention-to-detail:strong,organization:strong,data-management,confidentiality:strong',
    // Back-office "Manage HR tasks, payroll, billing"; finance niche "mortgage processing".
    applyNow: ['mortgage-processor', 'back-office-specialist'],
    // "Potential to move into ... accounting roles"; "Leadership roles within the specialized domain".
    growInto: ['accountant', 'specialized-domain-lead', 'process-improvement-lead'],
  },
  {
    who: 'a trainer ready for the next step',
    skills: 'training-design:strong,coaching:strong,constructive-feedback:strong,communication:strong,leadership,strategic-thinking',
    from: 'trainer',
    // QA and Training "Career Growth: QA managers, training managers, or operational leadership roles".
    applyNow: ['training-manager', 'operations-manager'],
    // Counselor sense: the rung above, never an entry job.
    growInto: ['senior-operations-manager', 'operations-manager', 'site-director', 'training-manager', 'qa-manager'],
  },
  {
    who: 'a newcomer who only says they adapt easily',
    skills: 'adaptability',
    // Counselor sense: one soft skill is not what any role is hired for, so nothing to apply for yet.
    applyNow: null,
    // "Yes, BPO roles are often entry-level"; counselor sense: the entry roles that ask no domain knowledge.
    growInto: ['customer-service-representative', 'back-office-specialist'],
  },
  {
    who: 'someone who ticked the customer-service tasks they did in a summer job',
    skills: '',
    tasks: ['customer-service-representative.0', 'customer-service-representative.4'],
    // Counselor sense: they did the work, so the rungs above it open; or the same job again elsewhere.
    applyNow: ['customer-service-representative', ...csrLadder, 'technical-support-specialist'],
    growInto: [...csrLadder, 'technical-support-specialist', 'operations-manager'],
  },
];

function held(list: string): HeldSkill[] {
  return list
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const [skill = '', level = 'working'] = entry.split(':');
      return { skill, level: level as HeldSkill['level'] };
    });
}

describe('a counselor’s panel of job seekers', () => {
  const data = matchPageData(getContent());
  const known = new Set(data.skills.map((s) => s.slug));

  it.each(personas)('$who gets advice a counselor would give', (persona) => {
    const input: MatchInput = { skills: held(persona.skills), tasks: persona.tasks ?? [], from: persona.from };
    for (const { skill } of input.skills) expect(known, `persona picks a real skill: ${skill}`).toContain(skill);
    const advice = adviseMatch(input, data);

    if (persona.applyNow === null) expect(advice.applyNow.map((m) => m.slug)).toEqual([]);
    else expect(persona.applyNow, `first to apply for: ${advice.applyNow.map((m) => m.slug).join(', ')}`).toContain(advice.applyNow[0]?.slug);
    expect(persona.growInto, `first to grow into: ${advice.growInto.map((m) => m.slug).join(', ')}`).toContain(advice.growInto[0]?.slug);

    // A role the person already has is labelled, not ranked.
    if (persona.from) {
      expect(advice.current?.slug).toBe(persona.from);
      expect([...advice.applyNow, ...advice.growInto].map((m) => m.slug)).not.toContain(persona.from);
    }
  });
});
