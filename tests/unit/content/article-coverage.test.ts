import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { findCertification, findRole, findSkill, findTerm } from '@/lib/content/lookups';

// Every role, skill, metric and certification the article names, as the article words it, with the
// content slug that carries it. The phrase is checked against the article too (a copy of
// ../shared/seed kept in the fixtures so CI needs nothing outside the repository).
const article = fs.readFileSync(path.join(__dirname, '../../fixtures/source-article.txt'), 'utf8').toLowerCase();

const roles: [phrase: string, slug: string][] = [
  ['customer service representative', 'customer-service-representative'],
  ['technical support specialist', 'technical-support-specialist'],
  ['back-office support roles', 'back-office-specialist'],
  ['quality assurance (qa) and training', 'quality-analyst'],
  ['develop training programs', 'trainer'],
  ['team leads', 'team-leader'],
  ['supervisors', 'supervisor'],
  ['operations managers', 'operations-manager'],
  ['qa managers', 'qa-manager'],
  ['training managers', 'training-manager'],
  ['advanced support teams', 'advanced-support-specialist'],
  ['it service management', 'it-service-management-specialist'],
  ['cybersecurity', 'cybersecurity-specialist'],
  ['hr management', 'hr-manager'],
  ['accounting roles', 'accountant'],
  ['data analytics', 'data-analyst'],
  ['process improvement leadership', 'process-improvement-lead'],
  ['senior operations management', 'senior-operations-manager'],
  ['service delivery management', 'service-delivery-manager'],
  ['site directors', 'site-director'],
  ['executive roles', 'executive'],
  ['project management', 'project-manager'],
  ['consulting', 'consultant'],
  ['medical coding', 'medical-coder'],
  ['insurance claims', 'insurance-claims-specialist'],
  ['mortgage processing', 'mortgage-processor'],
  ['legal transcription', 'legal-transcriptionist'],
  ['leadership roles within the specialized domain', 'specialized-domain-lead'],
];

const coreSkills: [string, string][] = [
  ['communication skills', 'communication'],
  ['adaptability', 'adaptability'],
  ['tech savvy', 'tech-savvy'],
  ['problem-solving abilities', 'problem-solving'],
  ['teamwork and collaboration', 'teamwork'],
  ['time management', 'time-management'],
  ['customer-centric mindset', 'customer-centric-mindset'],
];

const roleSkills: [string, string][] = [
  ['empathy', 'empathy'],
  ['leadership', 'leadership'],
  ['attention to detail', 'attention-to-detail'],
  ['conflict resolution', 'conflict-resolution'],
  ['strong technical knowledge', 'technical-knowledge'],
  ['patience', 'patience'],
  ['organized', 'organization'],
  ['data management software', 'data-management'],
  ['confidentiality', 'confidentiality'],
  ['knowledge of performance metrics', 'performance-metrics'],
  ['constructive feedback', 'constructive-feedback'],
  ['coach agents', 'coaching'],
  ['performance management', 'performance-management'],
  ['strategic thinking', 'strategic-thinking'],
  // "Industry-specific certifications or knowledge", one skill per niche the article names.
  ['healthcare', 'healthcare-knowledge'],
  ['finance', 'finance-knowledge'],
  ['insurance claims', 'insurance-knowledge'],
  ['legal', 'legal-knowledge'],
  ['compliance', 'compliance'],
  ['mentoring', 'mentoring'],
  ['emotional intelligence', 'emotional-intelligence'],
  ['fluent in multiple languages', 'language-proficiency'],
  ['cross-cultural collaboration', 'cross-cultural-collaboration'],
];

const terms: [string, string][] = [
  ['average handle time', 'average-handle-time'],
  ['customer satisfaction (csat)', 'customer-satisfaction'],
  ['first call resolution (fcr)', 'first-call-resolution'],
  ['key performance indicators (kpis)', 'key-performance-indicator'],
  ['service-level agreements (slas)', 'service-level-agreement'],
  ['turnaround time', 'turnaround-time'],
  ['business process outsourcing (bpo)', 'business-process-outsourcing'],
  ['knowledge process outsourcing (kpo)', 'knowledge-process-outsourcing'],
  ['legal process outsourcing (lpo)', 'legal-process-outsourcing'],
  ['front-office services', 'front-office'],
  ['back-office services', 'back-office'],
];

const certifications: [string, string][] = [
  ['pmp', 'project-management-professional'],
  ['itil', 'itil'],
  ['language proficiency', 'language-proficiency'],
  ['technical courses', 'technical-courses'],
  ['it certification or training', 'it-certification'],
  ['getting certified in these specialized areas', 'specialized-domain-certification'],
  ['leadership or management training programs', 'leadership-training'],
];

const content = getContent();

describe('the content holds everything the article names', () => {
  it.each(roles)('role: %s -> %s', (phrase, slug) => {
    expect(article).toContain(phrase);
    expect(findRole(content, slug)).toBeDefined();
  });
  it.each(coreSkills)('core skill: %s -> %s', (phrase, slug) => {
    expect(article).toContain(phrase);
    expect(findSkill(content, slug)?.kind).toBe('core');
  });
  it.each(roleSkills)('role skill: %s -> %s', (phrase, slug) => {
    expect(article).toContain(phrase);
    expect(findSkill(content, slug)).toBeDefined();
  });
  it.each(terms)('glossary: %s -> %s', (phrase, slug) => {
    expect(article).toContain(phrase);
    expect(findTerm(content, slug)).toBeDefined();
  });
  it.each(certifications)('certification: %s -> %s', (phrase, slug) => {
    expect(article).toContain(phrase);
    expect(findCertification(content, slug)).toBeDefined();
  });
  it('has exactly the seven key skills as core skills', () => {
    expect(content.skills.filter((s) => s.kind === 'core').map((s) => s.slug).sort()).toEqual(coreSkills.map(([, slug]) => slug).sort());
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

describe('the article content is checked against', () => {
  it('is the seed article, word for word', () => {
    expect(fs.readFileSync(path.join(__dirname, '../../../content/source-article.txt'), 'utf8').toLowerCase()).toBe(article);
  });
});

describe('promised links never break', () => {
  const promisedRoles = ['customer-service-representative', 'technical-support-specialist', 'back-office-specialist', 'quality-analyst', 'trainer', 'team-leader', 'supervisor', 'operations-manager', 'qa-manager', 'training-manager', 'medical-coder'];
  const promisedSkills = ['communication', 'adaptability', 'tech-savvy', 'problem-solving', 'teamwork', 'time-management', 'customer-centric-mindset', 'empathy', 'leadership', 'attention-to-detail', 'conflict-resolution'];
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
    else if (Array.isArray(value)) value.forEach((item) => collect(item, inOccupations));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, item]) => collect(item, inOccupations || key === 'occupations'));
  };
  collect({ ...content, guides: content.guides.map((g) => ({ ...g, source: g.source.replace(/<[^>]+>/g, '').replace(/^\s*\d+\.\s/gm, '') })) });
  it('no content text contains a number, %, or a currency sign', () => {
    expect(strings.filter((s) => /[0-9%$€£¥₱₹]/.test(s))).toEqual([]);
  });
});
