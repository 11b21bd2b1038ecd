import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { foldWords, nameMatchRank, rankByName } from '@/lib/name-match';
import { buildSearchDocuments, createSearch, searchGrouped } from '@/lib/search-index';

// The first words this audience types (job seekers, career changers from nursing, teaching, banking,
// call centres) and what each must find first. Worked out from what a person means, before running.
const { content } = checkContent();
if (!content) throw new Error('content must be valid for these tests');
const search = createSearch(buildSearchDocuments(content));
const firstHit = (query: string) => searchGrouped(search, query)[0]?.hits[0]?.id;

describe('site search finds what people mean by their own words', () => {
  it.each([
    ['english', '/skills/language-proficiency'],
    ['English', '/skills/language-proficiency'],
    ['languages', '/skills/language-proficiency'],
    ['bilingual', '/skills/language-proficiency'],
    ['call center', '/roles/customer-service-representative'],
    ['call centre', '/roles/customer-service-representative'],
    ['customer service', '/roles/customer-service-representative'],
    ['contact center', '/roles/customer-service-representative'],
    ['customer support', '/roles/customer-service-representative'],
    ['voice', '/roles/customer-service-representative'],
    ['non-voice', '/roles/back-office-specialist'],
    ['data entry', '/roles/back-office-specialist'],
    ['patient', '/skills/patience'],
    // A person who types the job they had finds its page first ("From nurse to BPO"), then the skill.
    ['nurse', '/backgrounds/nurse'],
    ['nursing', '/skills/healthcare-knowledge'],
    ['clinical', '/skills/healthcare-knowledge'],
    ['medical billing', '/roles/medical-coder'],
    ['help desk', '/roles/technical-support-specialist'],
    ['helpdesk', '/roles/technical-support-specialist'],
    ['tech support', '/roles/technical-support-specialist'],
    ['it support', '/roles/technical-support-specialist'],
    ['troubleshooting', '/skills/technical-knowledge'],
    ['teacher', '/backgrounds/teacher'],
    ['human resources', '/roles/hr-manager'],
    ['bookkeeping', '/roles/accountant'],
    ['accountant', '/roles/accountant'],
    ['team lead', '/roles/team-leader'],
    ['banking', '/skills/finance-knowledge'],
    ['law', '/backgrounds/paralegal'],
    ['legal', '/skills/legal-knowledge'],
    ['six sigma', '/roles/process-improvement-lead'],
    ['privacy', '/skills/confidentiality'],
    ['flexibility', '/skills/adaptability'],
    ['computer skills', '/skills/tech-savvy'],
    ['complaints', '/skills/conflict-resolution'],
    ['CSR', '/roles/customer-service-representative'],
    ['AHT', '/glossary#average-handle-time'],
  ])('“%s” finds %s first', (query, expected) => {
    expect(firstHit(query)).toBe(expected);
  });
});

describe('the skills filter lists what people mean first', () => {
  const first = (query: string) => rankByName(query, content.skills, (s) => s)[0]?.slug;
  it.each([
    ['english', 'language-proficiency'],
    ['languages', 'language-proficiency'],
    ['patient', 'patience'],
    ['nurse', 'healthcare-knowledge'],
    ['nurses', 'healthcare-knowledge'],
    ['medical', 'healthcare-knowledge'],
    ['clinical', 'healthcare-knowledge'],
    ['comm', 'communication'],
    ['flexible', 'adaptability'],
    ['excel', 'data-analysis'],
  ])('“%s” puts %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('the route planner’s role fields list what people mean first', () => {
  const options = content.roles.map((r) => ({ slug: r.slug, name: r.title, aliases: [r.abbreviation ?? '', ...r.aliases].filter(Boolean) }));
  const first = (query: string) => rankByName(query, options, (o) => o)[0]?.slug;
  it.each([
    ['call center', 'customer-service-representative'],
    ['customer service', 'customer-service-representative'],
    ['csr', 'customer-service-representative'],
    ['voice', 'customer-service-representative'],
    ['non-voice', 'back-office-specialist'],
    ['help desk', 'technical-support-specialist'],
    ['team', 'team-leader'],
    ['teacher', 'trainer'],
  ])('“%s” puts %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('matching by name', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldWords('  Call-Centre Agent ')).toBe('call centre agent');
    expect(foldWords('Résumé')).toBe('resume');
  });

  it('ranks the whole name above its start, a word start above a word inside, and the name above an alias', () => {
    const item = { name: 'Healthcare knowledge', aliases: ['nurse', 'medical terminology'] };
    expect(nameMatchRank('healthcare knowledge', item)).toBe(0);
    expect(nameMatchRank('nurse', item)).toBe(1);
    expect(nameMatchRank('health', item)).toBe(2);
    expect(nameMatchRank('know', item)).toBe(4);
    expect(nameMatchRank('terminology', item)).toBe(5);
    expect(nameMatchRank('care', item)).toBe(6);
    expect(nameMatchRank('banking', item)).toBeUndefined();
    expect(nameMatchRank('   ', item)).toBeUndefined();
  });

  it('keeps everything, in order, for an empty query', () => {
    expect(rankByName(' ', ['b', 'a'], (name) => ({ name }))).toEqual(['b', 'a']);
  });
});
