import { closestSlug } from '../suggest';

// Search parameters come from links people paste: anything can arrive. Readers here never throw;
// they return the clean value plus notices the page shows (React escapes them as text).

export type SearchParams = Record<string, string | string[] | undefined>;

export interface Parsed<T> {
  value: T;
  notices: string[];
}

/** Longest value we look at; longer input is cut, with a notice, so no work scales with it. */
export const maxParamLength = 200;

/** Quotes user input for a notice, shortened so a 10 KB value does not flood the page. */
export function quote(input: string): string {
  const clean = input.replace(/\p{Cc}/gu, '');
  return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}

/** The first value of a parameter; a repeated parameter keeps the first, with a notice. */
export function singleValue(params: SearchParams, name: string): Parsed<string | undefined> {
  const raw = params[name];
  const notices: string[] = [];
  let value = Array.isArray(raw) ? raw[0] : raw;
  if (Array.isArray(raw) && raw.length > 1) notices.push(`“${name}” was given more than once; the first value is used.`);
  if (value !== undefined && value.length > maxParamLength) {
    notices.push(`“${name}” was too long and has been shortened.`);
    value = value.slice(0, maxParamLength);
  }
  return { value: value?.trim() || undefined, notices };
}

/**
 * A comma-separated list of known slugs, e.g. `skills=communication,empathy`. Unknown entries are
 * dropped with a notice that suggests the closest real slug; duplicates are dropped silently.
 */
export function slugList(params: SearchParams, name: string, known: readonly string[], { label, max }: { label: string; max: number }): Parsed<string[]> {
  const { value, notices } = singleValue(params, name);
  const slugs: string[] = [];
  for (const entry of (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    if (!known.includes(entry)) {
      notices.push(unknownSlugNotice(entry, known, label));
    } else if (!slugs.includes(entry)) {
      slugs.push(entry);
    }
  }
  if (slugs.length > max) {
    notices.push(`Only ${max} ${label}s can be used at once; the rest were left out.`);
    slugs.length = max;
  }
  return { value: slugs, notices };
}

/** A single known slug, e.g. `from=customer-service-representative`. */
export function knownSlug(params: SearchParams, name: string, known: readonly string[], label: string): Parsed<string | undefined> {
  const { value, notices } = singleValue(params, name);
  if (value === undefined) return { value: undefined, notices };
  const slug = value.toLowerCase();
  if (known.includes(slug)) return { value: slug, notices };
  return { value: undefined, notices: [...notices, unknownSlugNotice(value, known, label)] };
}

export function unknownSlugNotice(entry: string, known: readonly string[], label: string): string {
  const suggestion = closestSlug(entry.toLowerCase(), known);
  return `There is no ${label} called ${quote(entry)}${suggestion ? `; did you mean “${suggestion}”?` : '.'}`;
}
