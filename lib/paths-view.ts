import type { Content, Role } from './content/schemas';
import { findRole, metricName } from './content/lookups';
import { buildRoleGraph, incomingRoles, reachableByDistance } from './graph';
import { parsePathsParams, pathsHref, type PathsParams } from './params/paths';
import type { SearchParams } from './params/shared';
import { planRoute, type PlannedRoute, type RoutePlan } from './paths';
import { alphabetical } from './alphabetical';

// What /paths shows for its address, worked out in one pure function so its display rules can be
// tested without rendering: the plan, which route the graph draws, and what to offer instead when
// there is no start, no goal or no route.

/** The names a route plan shows, by slug: only those its routes use, so the page sends little. */
export interface RoutePlanNames {
  roles: Record<string, string>;
  skills: Record<string, string>;
  certifications: Record<string, string>;
  /** Each role's metrics, as the glossary names them (short forms where there are some). */
  metrics: Record<string, { slug: string; name: string }[]>;
  advice: Record<string, { title: string; text: string }>;
}

export interface PathsView {
  fromRole: Role | undefined;
  toRole: Role | undefined;
  plan: RoutePlan | undefined;
  /** What the plan's routes name, looked up once. */
  planNames: RoutePlanNames;
  /** Which planned route the graph draws: the one asked for when it exists, else the shortest. */
  drawn: number;
  /** The roles of the drawn route, in order; empty without one. */
  route: string[];
  /** The page's own address for this view (shared, printed, and the QR code). */
  address: string;
  title: string;
  notices: string[];
  /** Closest real roles to a `from` or `to` that was not recognised, as links. */
  suggestions: { href: string; label: string }[];
  /** Roles reachable from the start, by number of moves: when there is no goal, or no route to it. */
  reachable: ReturnType<typeof reachableByDistance>;
  /** Roles with a move into the goal: when there is no route to it. */
  leadingTo: Role[];
  showReachable: boolean;
  /** Entry roles to start from: when there is no start, or nothing else to offer. */
  startingPoints: Role[];
}

function pathsTitle(fromRole: Pick<Role, 'title'> | undefined, toRole: Pick<Role, 'title'> | undefined): string {
  if (fromRole && toRole) return `From ${fromRole.title} to ${toRole.title}`;
  return fromRole ? `Where ${fromRole.title} can lead` : 'Career paths';
}

export function pathsView(content: Content, { from, to, route: asked, suggestions }: PathsParams, notices: readonly string[]): PathsView {
  const fromRole = from ? findRole(content, from) : undefined;
  const toRole = to ? findRole(content, to) : undefined;
  const plan = from && to ? planRoute(content, from, to) : undefined;
  const routes = plan?.routes ?? [];
  const drawn = asked < routes.length ? asked : 0;
  const routeNotice = asked > 0 && asked >= routes.length && routes.length > 0 ? [`There is no alternative ${asked}; the shortest route is drawn.`] : [];
  const graph = buildRoleGraph(content.roles);
  const noRoute = plan !== undefined && routes.length === 0;
  const reachable = fromRole && (!to || noRoute) ? reachableByDistance(graph, fromRole.slug) : [];
  const leadingTo = toRole && noRoute ? incomingRoles(graph, toRole.slug).flatMap((slug) => findRole(content, slug) ?? []) : [];
  const titleOf = (slug: string) => findRole(content, slug)?.title ?? slug;
  return {
    fromRole,
    toRole,
    plan,
    planNames: routePlanNames(content, routes),
    drawn,
    route: routes[drawn]?.roles ?? [],
    address: pathsHref({ from, to, route: drawn }),
    title: pathsTitle(fromRole, toRole),
    notices: [...notices, ...routeNotice, ...(plan?.notices ?? [])],
    suggestions: suggestions.flatMap(({ param, slugs }) =>
      slugs.map((slug) =>
        param === 'from'
          ? { href: pathsHref({ from: slug, to }), label: `${titleOf(slug)} as where you are now` }
          : { href: pathsHref({ from, to: slug }), label: `${titleOf(slug)} as your goal` },
      ),
    ),
    reachable,
    leadingTo,
    showReachable: fromRole !== undefined && (!to || (noRoute && reachable.length > 0)),
    startingPoints: !fromRole || (noRoute && reachable.length === 0 && leadingTo.length === 0) ? content.roles.filter((r) => r.level === 'entry') : [],
  };
}

/** Addresses whose view is kept: a page's metadata and its body ask for the same one, and a shared link is asked for again. */
const keptViews = 64;
const viewsByContent = new WeakMap<Content, Map<string, PathsView>>();

/**
 * The view for a /paths address, read and worked out once: `generateMetadata` and the page both
 * ask for it with the same parameters, and get the same object.
 */
export function pathsPageView(content: Content, params: SearchParams): PathsView {
  const views = viewsByContent.get(content) ?? new Map<string, PathsView>();
  viewsByContent.set(content, views);
  const key = JSON.stringify(Object.entries(params).sort(([a], [b]) => alphabetical(a, b)));
  const kept = views.get(key);
  if (kept) return kept;
  const { value, notices } = parsePathsParams(
    params,
    content.roles.map((r) => r.slug),
  );
  const view = pathsView(content, value, notices);
  if (views.size >= keptViews) views.delete(views.keys().next().value!);
  views.set(key, view);
  return view;
}

function routePlanNames(content: Content, routes: readonly PlannedRoute[]): RoutePlanNames {
  const steps = routes.flatMap((r) => r.steps);
  const roleSlugs = new Set(routes.flatMap((r) => r.roles));
  const pick = <T>(slugs: Iterable<string>, find: (slug: string) => T | undefined) =>
    Object.fromEntries(
      [...new Set(slugs)].flatMap((slug) => {
        const found = find(slug);
        return found === undefined ? [] : [[slug, found] as const];
      }),
    );
  return {
    roles: pick(roleSlugs, (slug) => findRole(content, slug)?.title),
    skills: pick(
      steps.flatMap((s) => s.skillsToGain.map((g) => g.skill)),
      (slug) => content.skills.find((s) => s.slug === slug)?.name,
    ),
    certifications: pick(
      steps.flatMap((s) => s.certifications),
      (slug) => content.certifications.find((c) => c.slug === slug)?.name,
    ),
    metrics: pick(roleSlugs, (slug) => findRole(content, slug)?.metrics.map((m) => ({ slug: m, name: metricName(content, m) }))),
    advice: pick(
      steps.flatMap((s) => s.advice),
      (slug) => {
        const advice = content.advice.find((a) => a.slug === slug);
        return advice && { title: advice.title, text: advice.text };
      },
    ),
  };
}
