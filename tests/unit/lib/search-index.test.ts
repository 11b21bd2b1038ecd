import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { buildSearchDocuments, createSearch, parseSearchDocuments, searchGrouped } from '@/lib/search-index';

const { content } = checkContent();
if (!content) throw new Error('content must be valid for these tests');
const search = createSearch(buildSearchDocuments(content));
const firstHit = (query: string) => searchGrouped(search, query)[0]?.hits[0];

describe('search documents', () => {
  it('covers every role, past job, skill, guide and glossary term, each with its page URL as id', () => {
    const documents = buildSearchDocuments(content);
    expect(documents).toHaveLength(content.roles.length + content.backgrounds.length + content.skills.length + content.guides.length + content.glossary.length);
    expect(documents.map((d) => d.id)).toContain('/roles/team-leader');
    expect(documents.map((d) => d.id)).toContain('/glossary#average-handle-time');
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
  });
});

describe('searching', () => {
  it('tolerates typos and half-typed words', () => {
    expect(firstHit('custmer serv')?.id).toBe('/roles/customer-service-representative');
    expect(firstHit('comunication')?.id).toBe('/skills/communication');
  });

  it('finds a past job by the names people type for it (the usability test looked for "cash" and "retail")', () => {
    expect(firstHit('cashier')?.id).toBe('/backgrounds/retail-cashier');
    expect(firstHit('checkout operator')?.id).toBe('/backgrounds/retail-cashier');
    expect(
      searchGrouped(search, 'retail')
        .flatMap((g) => g.hits)
        .map((h) => h.id),
    ).toContain('/backgrounds/retail-cashier');
    expect(firstHit('waitress')?.id).toBe('/backgrounds/food-server');
  });

  it('finds terms by their abbreviation', () => {
    expect(firstHit('AHT')?.id).toBe('/glossary#average-handle-time');
    expect(firstHit('kpo')?.id).toBe('/glossary#knowledge-process-outsourcing');
    expect(firstHit('CSR')?.id).toBe('/roles/customer-service-representative');
  });

  it('groups results by kind, best group first, without faint fuzzy matches', () => {
    const groups = searchGrouped(search, 'team');
    expect(groups[0]?.kind).toBe('role');
    expect(groups[0]?.hits[0]?.title).toBe('Team Leader');
    expect(
      searchGrouped(search, 'aht')
        .flatMap((g) => g.hits)
        .map((h) => h.id),
    ).toEqual(['/glossary#average-handle-time']);
  });

  it('falls back to any word matching when no result has every word', () => {
    expect(firstHit('empathy xqzw')?.id).toBe('/skills/empathy');
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(searchGrouped(search, '   ')).toEqual([]);
    expect(searchGrouped(search, 'zzzzqqq')).toEqual([]);
  });

  it('bounds the work on a huge query, and still finds what its first words ask for', () => {
    const groups = searchGrouped(search, 'team '.repeat(10_000));
    expect(groups.flatMap((group) => group.hits).some((hit) => hit.id === '/roles/team-leader')).toBe(true);
  });
});

describe('the fetched search index', () => {
  it('accepts the documents the build writes', () => {
    const documents = buildSearchDocuments(checkContent().content!);
    expect(parseSearchDocuments(JSON.parse(JSON.stringify(documents)))).toEqual(documents);
  });
  it('refuses anything else instead of indexing it', () => {
    expect(() => parseSearchDocuments({ roles: [] })).toThrow();
    expect(() => parseSearchDocuments([{ id: '/roles/x', kind: 'planet', title: 'X', aliases: '', summary: '', body: '' }])).toThrow();
  });
});
