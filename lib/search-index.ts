import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import * as z from 'zod/mini';
import type { Content } from './content/schemas';
import { joinNegations } from './name-match';

export const searchKinds = ['role', 'background', 'skill', 'guide', 'term'] as const;
export type SearchKind = (typeof searchKinds)[number];

const searchKindLabels: Record<SearchKind, string> = {
  role: 'Roles',
  background: 'Jobs before BPO',
  skill: 'Skills',
  guide: 'Guides',
  term: 'Glossary',
};

/**
 * One findable page (or glossary entry); `id` is its URL, which is unique across kinds. A schema, not
 * only a type, because the browser fetches the documents and must check them before indexing.
 * zod/mini keeps the check small in the search dialog's chunk.
 */
const searchDocumentSchema = z.object({
  id: z.string(),
  kind: z.enum(searchKinds),
  title: z.string(),
  /** Short forms and other words people type for it: "CSR", "AHT", "call center" (the content's `aliases`). */
  aliases: z.string(),
  /** One line shown under the title in results. */
  summary: z.string(),
  /** Extra words to match on that are not shown. */
  body: z.string(),
});
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

/** The fetched /search-index.json, checked; throws on anything else, so a stale or broken file is not indexed. */
export function parseSearchDocuments(json: unknown): SearchDocument[] {
  return z.parse(z.array(searchDocumentSchema), json);
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  summary: string;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

/** Every role, past job, skill, guide and glossary term as a search document. Pure: content in, documents out. */
export function buildSearchDocuments(content: Pick<Content, 'roles' | 'backgrounds' | 'skills' | 'guides' | 'glossary'>): SearchDocument[] {
  return [
    ...content.roles.map((role) => ({
      id: `/roles/${role.slug}`,
      kind: 'role' as const,
      title: role.title,
      aliases: [role.abbreviation, ...role.aliases].filter(Boolean).join(' ; '),
      summary: role.summary,
      body: role.duties.map((duty) => duty.text).join(' '),
    })),
    // A past job is found by every name people call it: "cashier", "checkout operator", "RN".
    ...content.backgrounds.map((background) => ({
      id: `/backgrounds/${background.slug}`,
      kind: 'background' as const,
      title: background.title,
      aliases: background.alternativeTitles.join(' '),
      summary: background.summary,
      body: '',
    })),
    ...content.skills.map((skill) => ({
      id: `/skills/${skill.slug}`,
      kind: 'skill' as const,
      title: skill.name,
      aliases: skill.aliases.join(' ; '),
      summary: skill.description,
      body: '',
    })),
    ...content.guides.map((guide) => ({
      id: `/guides/${guide.slug}`,
      kind: 'guide' as const,
      title: guide.title,
      aliases: '',
      summary: guide.summary,
      // Headings say what a guide covers without shipping its whole text to the browser.
      body: guide.source
        .split('\n')
        .filter((line) => line.startsWith('## '))
        .map((line) => line.slice(3))
        .join(' '),
    })),
    ...content.glossary.map((term) => ({
      id: `/glossary#${term.slug}`,
      kind: 'term' as const,
      title: term.term,
      aliases: term.abbreviation ?? '',
      summary: term.definition,
      body: '',
    })),
  ];
}

const defaultTokenize = MiniSearch.getDefault('tokenize') as (text: string, field?: string) => string[];

// Typos and half-typed words both count: "custmer serv" finds the customer service representative.
const searchOptions: SearchOptions = {
  fuzzy: 0.2,
  prefix: true,
  boost: { title: 3, aliases: 3, summary: 1, body: 0.5 },
  combineWith: 'AND',
};

const indexOptions: Options<SearchDocument> = {
  fields: ['title', 'aliases', 'summary', 'body'],
  // As the skills filter and the role fields read it, "non-voice" is one word.
  tokenize: (text, field) => defaultTokenize(joinNegations(text), field),
  storeFields: ['kind', 'title', 'summary'],
  searchOptions,
};

export type ContentSearch = MiniSearch<SearchDocument>;

export function createSearch(documents: readonly SearchDocument[]): ContentSearch {
  const search = new MiniSearch<SearchDocument>(indexOptions);
  search.addAll(documents);
  return search;
}

/** Longest query we search for; longer input is cut by the URL reader or the dialog. */
export const maxQueryLength = 200;

// Fuzzy matching of short words drags in faint matches ("aht" ~ "at"); hits this far below the best
// one are noise rather than answers.
const minRelativeScore = 0.15;

/**
 * Results grouped by kind, the group with the best match first. Every word must match (allowing
 * typos and prefixes); when none does, any word matching is enough, so a stray word does not
 * empty the list.
 */
export function searchGrouped(search: ContentSearch, query: string, { perGroup = 6 } = {}): SearchGroup[] {
  const text = query.slice(0, maxQueryLength).trim();
  if (!text) return [];
  let results = search.search(text);
  if (results.length === 0) results = search.search(text, { combineWith: 'OR' });
  const groups = new Map<SearchKind, SearchHit[]>();
  const cutoff = (results[0]?.score ?? 0) * minRelativeScore;
  for (const result of results) {
    if (result.score < cutoff) break;
    const kind = result.kind as SearchKind;
    const hits = groups.get(kind) ?? [];
    if (hits.length < perGroup) hits.push({ id: String(result.id), kind, title: String(result.title), summary: String(result.summary), score: result.score });
    groups.set(kind, hits);
  }
  // Results arrive best first, so map insertion order already ranks the groups by their best hit.
  return [...groups].map(([kind, hits]) => ({ kind, label: searchKindLabels[kind], hits }));
}

const searches = new WeakMap<object, ContentSearch>();

/** The search over a content set, built once: content does not change while the server runs. */
export function contentSearch(content: Content): ContentSearch {
  let search = searches.get(content);
  if (!search) {
    search = createSearch(buildSearchDocuments(content));
    searches.set(content, search);
  }
  return search;
}
