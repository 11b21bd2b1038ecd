import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { findCertification, findRole, findSkill, findTerm } from '@/lib/content/lookups';

// Every role, skill, metric and certification the article names, as a fact in this project's own
// words, with the content slug that carries it. The list was written from the article; the article
// itself is not in the project (its fingerprint checks quotes), so the facts stand here in our words.

const roles: [fact: string, slug: string][] = [
  ['the first career path it describes: representatives who handle customer contacts', 'customer-service-representative'],
  ['specialists who help customers with technical problems', 'technical-support-specialist'],
  ['back-office staff handling HR tasks, payroll, billing and data entry', 'back-office-specialist'],
  ['quality assurance: people who review interactions against standards', 'quality-analyst'],
  ['trainers who build training programmes and coach agents', 'trainer'],
  ['team leads, one step a representative can take', 'team-leader'],
  ['supervisors, another step up from the front line', 'supervisor'],
  ['operations managers, where representatives can end up', 'operations-manager'],
  ['managers of quality assurance', 'qa-manager'],
  ['managers of training', 'training-manager'],
  ['advanced support teams, where tech support can grow', 'advanced-support-specialist'],
  ['IT service management, another growth path from tech support', 'it-service-management-specialist'],
  ['specialised cybersecurity roles, depending on the organization', 'cybersecurity-specialist'],
  ['HR management, a path from back-office work', 'hr-manager'],
  ['accounting roles, another back-office path', 'accountant'],
  ['data analytics, another back-office path', 'data-analyst'],
  ['leading process improvement, another back-office path', 'process-improvement-lead'],
  ['senior operations management, where team leadership can lead', 'senior-operations-manager'],
  ['service delivery management, another path from team leadership', 'service-delivery-manager'],
  ['site directors, among the places people have climbed to', 'site-director'],
  ['executive roles, the top of the ladder', 'executive'],
  ['project management, a path from specialised roles', 'project-manager'],
  ['consulting, another path from specialised roles', 'consultant'],
  ['medical coding in the healthcare niche', 'medical-coder'],
  ['handling insurance claims', 'insurance-claims-specialist'],
  ['processing mortgages in finance', 'mortgage-processor'],
  ['legal transcription', 'legal-transcriptionist'],
  ['leading a team within a specialised domain', 'specialized-domain-lead'],
];

const coreSkills: [string, string][] = [
  ['communicating clearly, listening and showing empathy', 'communication'],
  ['adapting to new processes and client requirements', 'adaptability'],
  ['finding your way around software tools', 'tech-savvy'],
  ['diagnosing issues and proposing solutions', 'problem-solving'],
  ['working with a close-knit team', 'teamwork'],
  ['managing time against strict metrics', 'time-management'],
  ['keeping the end customer in mind, even in the back office', 'customer-centric-mindset'],
];

const roleSkills: [string, string][] = [
  ['empathy, asked of representatives', 'empathy'],
  ['leadership, asked of team leads', 'leadership'],
  ['attention to detail, asked of QA and specialised roles', 'attention-to-detail'],
  ['resolving conflicts, asked of team leads', 'conflict-resolution'],
  ['strong technical knowledge, asked of tech support', 'technical-knowledge'],
  ['patience, asked of tech support', 'patience'],
  ['being organised, asked of back-office staff', 'organization'],
  ['using data management software', 'data-management'],
  ['keeping sensitive information confidential', 'confidentiality'],
  ['knowing the performance metrics', 'performance-metrics'],
  ['giving constructive feedback', 'constructive-feedback'],
  ['coaching agents', 'coaching'],
  ['managing performance', 'performance-management'],
  ['thinking strategically', 'strategic-thinking'],
  // Specialised roles ask for the field's knowledge (or a certification): one skill per niche named.
  ['knowing healthcare', 'healthcare-knowledge'],
  ['knowing finance', 'finance-knowledge'],
  ['knowing insurance claims', 'insurance-knowledge'],
  ['knowing the legal field', 'legal-knowledge'],
  ['following compliance and legal requirements', 'compliance'],
  ['mentoring others', 'mentoring'],
  ['emotional intelligence, for managing a team', 'emotional-intelligence'],
  ['speaking several languages, for global clients', 'language-proficiency'],
  ['working across cultures with global clients', 'cross-cultural-collaboration'],
];

const terms: [string, string][] = [
  ['average handle time, a call metric', 'average-handle-time'],
  ['customer satisfaction, a metric that matters', 'customer-satisfaction'],
  ['first call resolution, another metric that matters', 'first-call-resolution'],
  ['key performance indicators that teams are guided to meet', 'key-performance-indicator'],
  ['service-level agreements', 'service-level-agreement'],
  ['turnaround time for documents', 'turnaround-time'],
  ['what business process outsourcing is', 'business-process-outsourcing'],
  ['knowledge process outsourcing', 'knowledge-process-outsourcing'],
  ['legal process outsourcing', 'legal-process-outsourcing'],
  ['front-office services, such as customer support', 'front-office'],
  ['back-office services, such as accounting', 'back-office'],
];

const certifications: [string, string][] = [
  ['a project management certification, PMP', 'project-management-professional'],
  ['an IT service management certification, ITIL', 'itil'],
  ['fluency in several languages', 'language-proficiency'],
  ['extra technical courses', 'technical-courses'],
  ['an IT certification or training for tech support', 'it-certification'],
  ['certification in a specialised area', 'specialized-domain-certification'],
  ['leadership or management training', 'leadership-training'],
];

const content = getContent();

describe('the content holds everything the article names', () => {
  it.each(roles)('role: %s -> %s', (_fact, slug) => {
    expect(findRole(content, slug)).toBeDefined();
  });
  it.each(coreSkills)('core skill: %s -> %s', (_fact, slug) => {
    expect(findSkill(content, slug)?.kind).toBe('core');
  });
  it.each(roleSkills)('role skill: %s -> %s', (_fact, slug) => {
    expect(findSkill(content, slug)).toBeDefined();
  });
  it.each(terms)('glossary: %s -> %s', (_fact, slug) => {
    expect(findTerm(content, slug)).toBeDefined();
  });
  it.each(certifications)('certification: %s -> %s', (_fact, slug) => {
    expect(findCertification(content, slug)).toBeDefined();
  });
  it('has exactly the seven key skills as core skills', () => {
    expect(
      content.skills
        .filter((s) => s.kind === 'core')
        .map((s) => s.slug)
        .sort(),
    ).toEqual(coreSkills.map(([, slug]) => slug).sort());
  });
  it('has the five road-to-leadership pointers', () => {
    expect(content.advice.map((a) => a.slug)).toEqual([
      'master-your-role',
      'seek-additional-training',
      'understand-metrics-and-kpis',
      'develop-emotional-intelligence',
      'build-relationships',
    ]);
  });
});

describe('promised links never break', () => {
  const promisedRoles = [
    'customer-service-representative',
    'technical-support-specialist',
    'back-office-specialist',
    'quality-analyst',
    'trainer',
    'team-leader',
    'supervisor',
    'operations-manager',
    'qa-manager',
    'training-manager',
    'medical-coder',
  ];
  const promisedSkills = [
    'communication',
    'adaptability',
    'tech-savvy',
    'problem-solving',
    'teamwork',
    'time-management',
    'customer-centric-mindset',
    'empathy',
    'leadership',
    'attention-to-detail',
    'conflict-resolution',
  ];
  it.each(promisedRoles)('role slug %s exists', (slug) => expect(findRole(content, slug)).toBeDefined());
  it.each(promisedSkills)('skill slug %s exists', (slug) => expect(findSkill(content, slug)).toBeDefined());
});

describe('no invented figures', () => {
  // The article gives no salaries, percentages, durations or counts, so no content text may hold a
  // digit, a percent sign or a currency sign. Guide MDX is checked without its component tags and
  // ordered-list markers ("1. "). Standard occupation codes are identifiers, not figures: inside an
  // "occupations" block, codes in their own formats and the classifications' names (ISCO-08) are left
  // out, and everything else is checked.
  const strings: string[] = [];
  const occupationCode = /\bISCO-08\b|\b\d{2}-\d{4}\.\d{2}\b|\b\d{4}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
  const collect = (value: unknown, inOccupations = false): void => {
    if (typeof value === 'string') strings.push(inOccupations ? value.replace(occupationCode, '') : value);
    else if (Array.isArray(value)) for (const item of value) collect(item, inOccupations);
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) collect(item, inOccupations || key === 'occupations');
  };
  collect({ ...content, guides: content.guides.map((g) => ({ ...g, source: g.source.replace(/<[^>]+>/g, '').replace(/^\s*\d+\.\s/gm, '') })) });
  it('no content text contains a number, %, or a currency sign', () => {
    expect(strings.filter((s) => /[0-9%$€£¥₱₹]/.test(s))).toEqual([]);
  });
});
