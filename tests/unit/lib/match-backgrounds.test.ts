import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { adviseMatch } from '@/lib/match';
import { matchPageData } from '@/lib/match-data';

// A counselor's panel of career changers: each row is a person who names only the job they had
// (`/match?background=<slug>`), the roles a counselor would name first for them, and the roles a
// counselor would reject as a first application. The rows were written from the article and from
// plain counselor sense BEFORE the match ran with backgrounds, and are never tuned to its output.
// The article on the way in: "BPO roles are often entry-level"; specialised roles ask for
// "Industry-specific certifications or knowledge".

interface CareerChanger {
  background: string;
  /** Roles a counselor would name first: at least one of them is in the top three of "apply now". */
  first: readonly string[];
  /** Where the counselor is sure of the first role: "apply now" starts with it. */
  exactlyFirst?: string;
  /** Roles a counselor would reject as a first application: none is in "apply now". */
  rejected: readonly string[];
}

const niche = ['medical-coder', 'insurance-claims-specialist', 'mortgage-processor', 'legal-transcriptionist'];
const withoutNiche = (...kept: string[]) => niche.filter((slug) => !kept.includes(slug));
const techSupport = 'technical-support-specialist';
const csr = 'customer-service-representative';
const backOffice = 'back-office-specialist';

const panel: [who: string, person: CareerChanger][] = [
  // Talks with customers all day and settles complaints at the till: the CSR's "inbound and outbound
  // customer interactions". No technical or niche knowledge, so support and specialised roles wait.
  ['a retail cashier', { background: 'retail-cashier', first: [csr], exactlyFirst: csr, rejected: [techSupport, ...niche] }],
  // Led a shift to targets and took the escalated customers: the team leader's job, this guide's
  // marked entry point; or start as a CSR. Still no niche knowledge.
  ['a retail supervisor', { background: 'retail-supervisor', first: [csr, 'team-leader'], rejected: [techSupport, ...niche] }],
  // Sells and answers shoppers face to face: customer service.
  ['a sales associate', { background: 'sales-associate', first: [csr], rejected: [techSupport, ...niche] }],
  // Serves guests, keeps calm through rushes and complaints: customer service.
  ['a food server', { background: 'food-server', first: [csr], rejected: [techSupport, ...niche] }],
  // Data entry, records and filing: the article's back office, "data entry, or other administrative functions".
  ['an office clerk', { background: 'office-clerk', first: [backOffice], rejected: [techSupport, ...niche] }],
  // Counter service in a bank: customer service, back office, or mortgage processing in a finance BPO.
  // Nothing about health, law or insurance.
  ['a bank teller', { background: 'bank-teller', first: [csr, backOffice, 'mortgage-processor'], rejected: [techSupport, ...withoutNiche('mortgage-processor')] }],
  // Keeps books, payroll and invoices: back office ("payroll, billing"), or accounting as this guide's marked entry point.
  ['a bookkeeper', { background: 'bookkeeper', first: [backOffice, 'accountant'], rejected: [techSupport, 'medical-coder', 'legal-transcriptionist', 'insurance-claims-specialist'] }],
  // Knows medicine from the ward: the healthcare niche, medical coding, first. Law, mortgages and
  // insurance are other niches, and support asks for technical knowledge.
  ['a nurse', { background: 'nurse', first: ['medical-coder'], exactlyFirst: 'medical-coder', rejected: [techSupport, ...withoutNiche('medical-coder')] }],
  // Patient, caring, talks with families; some health knowledge but no clinical training: customer service first.
  ['a caregiver', { background: 'caregiver', first: [csr], rejected: [techSupport, ...withoutNiche('medical-coder')] }],
  // Explains for a living; with no BPO experience the way in is an entry role (as in the persona panel).
  ['a teacher', { background: 'teacher', first: [csr], rejected: [techSupport, ...niche] }],
  // Knows legal documents and terms: the legal niche, legal transcription, first.
  ['a paralegal', { background: 'paralegal', first: ['legal-transcriptionist'], exactlyFirst: 'legal-transcriptionist', rejected: [techSupport, ...withoutNiche('legal-transcriptionist')] }],
  // Runs inboxes, calendars and records for clients remotely: back office or customer service.
  ['a virtual assistant', { background: 'virtual-assistant', first: [backOffice, csr], rejected: [techSupport, ...niche] }],
  // Fixes computers and explains the fix: technical support ("Strong technical knowledge, patience").
  ['a computer repair technician', { background: 'computer-repair-technician', first: [techSupport], exactlyFirst: techSupport, rejected: niche }],
  // Answers the phone and visitors all day: customer service.
  ['a receptionist', { background: 'receptionist', first: [csr], rejected: [techSupport, ...niche] }],
];

const content = getContent();
const data = matchPageData(content);
const levelOf = new Map(content.roles.map((r) => [r.slug, r.level]));
const advise = (backgrounds: string[]) => adviseMatch({ skills: [], tasks: [], backgrounds }, data);

describe('a past job alone, as a counselor would advise it', () => {
  it('covers every background in the content, the thirteen the issue names included', () => {
    expect(panel.map(([, p]) => p.background).sort()).toEqual(content.backgrounds.map((b) => b.slug).sort());
  });

  it.each(panel)('%s: a role a counselor would name first is in the top three to apply for now', (_who, person) => {
    const applyNow = advise([person.background]).applyNow.map((m) => m.slug);
    expect(applyNow.slice(0, 3).some((slug) => person.first.includes(slug)), applyNow.join(', ')).toBe(true);
    if (person.exactlyFirst) expect(applyNow[0]).toBe(person.exactlyFirst);
  });

  it.each(panel)('%s: nothing a counselor would reject is open to apply for now', (_who, person) => {
    const applyNow = advise([person.background]).applyNow.map((m) => m.slug);
    expect(applyNow.filter((slug) => person.rejected.includes(slug))).toEqual([]);
  });

  it.each(panel)('%s: only entry roles open, and above entry only the content’s marked entry points', (_who, person) => {
    const background = content.backgrounds.find((b) => b.slug === person.background)!;
    const entryPoints = background.entryPoints.map((e) => e.role);
    for (const option of advise([person.background]).applyNow) {
      if (levelOf.get(option.slug) === 'entry') continue;
      expect(entryPoints, `${option.slug} is above entry`).toContain(option.slug);
      // Marked, with the reason the page shows as this guide's suggestion.
      expect(option.entryPoint).toEqual({ background: person.background, reason: background.entryPoints.find((e) => e.role === option.slug)!.reason });
    }
  });

  it('a background is never a role held: no experience, no current role, and its skills say where they come from', () => {
    const advice = advise(['retail-supervisor']);
    expect(advice.experience).toEqual([]);
    expect(advice.current).toBeUndefined();
    expect(advice.held.length).toBeGreaterThan(0);
    expect(advice.held.every((h) => h.source.kind === 'background' && h.source.background === 'retail-supervisor')).toBe(true);
  });
});

describe('how a past job joins the match', () => {
  const heldBy = (input: Parameters<typeof adviseMatch>[0]) => new Map(adviseMatch(input, data).held.map((h) => [h.skill, h]));

  it('a skill the person rates themselves keeps their level, not the job’s', () => {
    // The cashier's job builds working empathy; this cashier says basic.
    const held = heldBy({ skills: [{ skill: 'empathy', level: 'basic' }], tasks: [], backgrounds: ['retail-cashier'] });
    expect(held.get('empathy')).toEqual({ skill: 'empathy', level: 'basic', source: { kind: 'picked' } });
    expect(held.get('communication')?.source).toEqual({ kind: 'background', background: 'retail-cashier' });
  });

  it('a skill taken off (without=) is not filled in, and customer service, hired for empathy, no longer opens', () => {
    const advice = adviseMatch({ skills: [], tasks: [], backgrounds: ['retail-cashier'], without: ['empathy'] }, data);
    expect(advice.held.some((h) => h.skill === 'empathy')).toBe(false);
    expect(advice.applyNow.some((m) => m.slug === csr)).toBe(false);
  });

  it('two past jobs add up: each skill at the higher level, credited to the first job that builds it', () => {
    const held = heldBy({ skills: [], tasks: [], backgrounds: ['virtual-assistant', 'nurse'] });
    // Both build communication at working; attention to detail is working for one, strong for the other.
    expect(held.get('communication')?.source).toEqual({ kind: 'background', background: 'virtual-assistant' });
    expect(held.get('attention-to-detail')).toMatchObject({ level: 'strong', source: { kind: 'background', background: 'virtual-assistant' } });
    expect(held.get('healthcare-knowledge')?.source).toEqual({ kind: 'background', background: 'nurse' });
  });

  it('an entry point opens only with most of what the role is hired for', () => {
    // A retail supervisor who says they did not lead or manage performance is not a team leader yet.
    const advice = adviseMatch({ skills: [], tasks: [], backgrounds: ['retail-supervisor'], without: ['leadership', 'performance-management'] }, data);
    expect(advice.applyNow.some((m) => m.slug === 'team-leader')).toBe(false);
  });

  it('a past job beside a BPO role held: the role held opens its moves, which are not the past job’s entry points', () => {
    const advice = adviseMatch({ skills: [], tasks: [], from: csr, backgrounds: ['retail-supervisor'] }, data);
    expect(advice.experience).toEqual([csr]);
    const teamLeader = advice.applyNow.find((m) => m.slug === 'team-leader');
    expect(teamLeader?.via).toMatchObject({ role: csr, kind: 'promotion' });
    expect(teamLeader?.entryPoint).toBeUndefined();
  });

  it('an unknown background is ignored by the advice (the page and API say so in a notice)', () => {
    expect(adviseMatch({ skills: [], tasks: [], backgrounds: ['astronaut'] }, data)).toMatchObject({ held: [], applyNow: [], backgrounds: [] });
  });
});
