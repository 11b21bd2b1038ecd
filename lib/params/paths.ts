import { knownSlug, type Parsed, type SearchParams } from './shared';

export interface PathsParams {
  /** The role the person holds now. */
  from?: string;
  /** The role they want to reach; only kept alongside a different `from`. */
  to?: string;
}

/** Reads `/paths?from=<role>&to=<role>`; unknown, repeated or over-long values become notices. */
export function parsePathsParams(params: SearchParams, roleSlugs: readonly string[]): Parsed<PathsParams> {
  const from = knownSlug(params, 'from', roleSlugs, 'role');
  const to = knownSlug(params, 'to', roleSlugs, 'role');
  const notices = [...from.notices, ...to.notices];
  const value: PathsParams = {};
  if (from.value) value.from = from.value;
  if (to.value) value.to = to.value;
  if (value.to && !value.from && from.notices.length === 0) {
    notices.push('Pick the role you have now as well as your goal to see a route.');
  }
  if (value.from && value.from === value.to) {
    notices.push('The start and the goal are the same role; pick a different goal to plan a route.');
    delete value.to;
  }
  return { value, notices };
}
