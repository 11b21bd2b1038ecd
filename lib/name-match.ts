// Finding a skill or a role by the words a person types: its name, or one of the other words people
// use for it (the content's `aliases`: "english" for language proficiency, "call center" for the
// customer service representative). The skills filter and the route planner's role fields rank with
// it; site search indexes the same aliases (lib/search-index.ts). Pure and free of imports, because
// both run in the browser.

/** Something findable by name: a skill (`name`) or a role (`title`), with the other words for it. */
export interface Named {
  name: string;
  aliases?: readonly string[] | undefined;
}

/** "Non-voice" as one word ("nonvoice"): it means the opposite of "voice", so "voice" must not find it. */
export function joinNegations(text: string): string {
  return text.replace(/\bnon[\s-]+(?=[a-z])/gi, 'non');
}

/** Lowercase words, accents dropped and punctuation turned to spaces: "Call-Centre" reads "call centre". */
export function foldWords(text: string): string {
  return joinNegations(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  )
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// A typed plural still finds the word ("nurses" finds "nurse"); short words are left alone ("ops").
const singular = (word: string) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/** True when every typed word starts a word of the candidate, in any order ("center call" finds "call center"). */
function wordsStart(typed: readonly string[], candidate: readonly string[]): boolean {
  return typed.every((word) => candidate.some((c) => c.startsWith(word) || c.startsWith(singular(word))));
}

/**
 * How well a query names an item, best first: the whole name or an alias, the start of one, the
 * start of each of its words, anywhere inside one; at each of these the name comes before an alias,
 * so "team" finds Team Leader before a role known as "team manager". Undefined when nothing matches.
 */
export function nameMatchRank(query: string, item: Named): number | undefined {
  const typed = foldWords(query);
  if (!typed) return undefined;
  const words = typed.split(' ');
  let best: number | undefined;
  [item.name, ...(item.aliases ?? [])].forEach((text, index) => {
    const candidate = foldWords(text);
    const closeness =
      candidate === typed || candidate === singular(typed)
        ? 0
        : candidate.startsWith(typed)
          ? 1
          : wordsStart(words, candidate.split(' '))
            ? 2
            : candidate.includes(typed)
              ? 3
              : undefined;
    if (closeness === undefined) return;
    const rank = closeness * 2 + (index === 0 ? 0 : 1);
    if (best === undefined || rank < best) best = rank;
  });
  return best;
}

/** The items a query names, best match first, keeping the given order among equals; all of them for an empty query. */
export function rankByName<T>(query: string, items: readonly T[], named: (item: T) => Named): T[] {
  if (!foldWords(query)) return [...items];
  return items
    .map((item, index) => ({ item, index, rank: nameMatchRank(query, named(item)) }))
    .filter((entry): entry is { item: T; index: number; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}
