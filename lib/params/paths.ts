import { maxRoutes } from '../paths';
import { closestSlugs } from '../suggest';
import { knownSlug, singleValue, type Parsed, type SearchParams } from './shared';

export interface PathsParams {
  /** The role the person holds now. */
  from?: string;
  /** The role they want to reach; only kept alongside a different `from`. */
  to?: string;
  /** Which planned route the graph draws: 0 the shortest (the default), 1 or 2 an alternative. */
  route: number;
  /** Closest real roles to a `from` or `to` that was not recognised, to offer as links. */
  suggestions: { param: 'from' | 'to'; slugs: string[] }[];
}

/** Reads `/paths?from=<role>&to=<role>&route=<n>`; unknown, repeated or over-long values become notices. */
export function parsePathsParams(params: SearchParams, roleSlugs: readonly string[]): Parsed<PathsParams> {
  const value: PathsParams = { route: 0, suggestions: [] };
  const notices: string[] = [];
  const route = singleValue(params, 'route');
  notices.push(...route.notices);
  if (route.value !== undefined) {
    const n = /^\d$/.test(route.value) ? Number(route.value) : NaN;
    if (n < maxRoutes) value.route = n;
    else notices.push(`“route” should be a number from 0 to ${maxRoutes - 1}; the shortest route is drawn.`);
  }
  for (const param of ['from', 'to'] as const) {
    const read = knownSlug(params, param, roleSlugs, 'role');
    notices.push(...read.notices);
    if (read.value) value[param] = read.value;
    const raw = singleValue(params, param).value;
    if (raw && !read.value) value.suggestions.push({ param, slugs: closestSlugs(raw, roleSlugs, 3) });
  }
  if (value.to && !value.from && !value.suggestions.some((s) => s.param === 'from')) {
    notices.push('Pick the role you have now as well as your goal to see a route.');
  }
  if (value.from && value.from === value.to) {
    notices.push('The start and the goal are the same role; pick a different goal to plan a route.');
    delete value.to;
  }
  return { value, notices };
}

/**
 * The address of the growth graph, a role's place in it (`from`) or a route (`from` and `to`, and
 * which planned route to draw when not the shortest); the reverse of parsePathsParams.
 */
export function pathsHref({ from, to, route = 0 }: { from?: string | undefined; to?: string | undefined; route?: number } = {}): string {
  const parts = [from && `from=${from}`, to && `to=${to}`, from && to && route > 0 && `route=${route}`].filter(Boolean);
  return parts.length ? `/paths?${parts.join('&')}` : '/paths';
}
