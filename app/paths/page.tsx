import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { GraphLegend } from '@/components/graph/graph-legend';
import { GrowthList } from '@/components/graph/growth-list';
import { RoleGraph } from '@/components/graph/role-graph';
import { ZoomableSvg } from '@/components/graph/zoomable-svg';
import { HandoutActions } from '@/components/handout/handout-actions';
import { PlanForm } from '@/components/paths/plan-form';
import { PageQrCode } from '@/components/handout/page-qr-code';
import { PrintAddress } from '@/components/role/print-address';
import { ReachableRoles } from '@/components/paths/reachable-roles';
import { RolesLeadingTo } from '@/components/paths/roles-leading-to';
import { RoutePlan } from '@/components/paths/route-plan';
import { Notices } from '@/components/ui/notices';
import { contentGraphLayout, contentNeighbourhoodLayout } from '@/lib/content/graph-layouts';
import { getContent } from '@/lib/content/load';
import { findRole } from '@/lib/content/lookups';
import type { Role } from '@/lib/content/schemas';
import { buildRoleGraph, incomingRoles, reachableByDistance } from '@/lib/graph';
import { parsePathsParams, pathsHref } from '@/lib/params/paths';
import type { SearchParams } from '@/lib/params/shared';
import { planRoute } from '@/lib/paths';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const content = getContent();
  const { from, to } = parsePathsParams(await searchParams, content.roles.map((r) => r.slug)).value;
  const fromRole = from ? findRole(content, from) : undefined;
  const toRole = to ? findRole(content, to) : undefined;
  const title = fromRole && toRole ? `From ${fromRole.title} to ${toRole.title}` : fromRole ? `Where ${fromRole.title} can lead` : 'Career paths';
  return { title, description: 'Where each BPO role can lead, and the route from the role you have to the one you want.' };
}

export default async function PathsPage({ searchParams }: Props) {
  const content = getContent();
  const slugs = content.roles.map((r) => r.slug);
  const { value, notices } = parsePathsParams(await searchParams, slugs);
  const { from, to, suggestions } = value;
  const plan = from && to ? planRoute(content, from, to) : undefined;
  const fromRole = from ? findRole(content, from) : undefined;
  const routes = plan?.routes ?? [];
  // The route the graph draws: the shortest unless the person picked an alternative that exists.
  const drawn = value.route < routes.length ? value.route : 0;
  const routeNotice = value.route > 0 && value.route >= routes.length && routes.length > 0 ? [`There is no alternative ${value.route}; the shortest route is drawn.`] : [];
  const route = routes[drawn]?.roles ?? [];
  // ELK runs on the server only (laid out once per process); the browser gets finished SVG.
  const [layout, neighbourhood] = await Promise.all([contentGraphLayout(), fromRole ? contentNeighbourhoodLayout(fromRole.slug) : undefined]);
  const graphRoles = content.roles.map(({ slug, title, track }) => ({ slug, title, track }));
  const toRole = to ? findRole(content, to) : undefined;
  const planPath = pathsHref({ from, to, route: drawn });
  const graph = buildRoleGraph(content.roles);
  // With no goal, or no route to it, show where the start can lead and what leads to the goal instead.
  const noRoute = plan !== undefined && plan.routes.length === 0;
  const reachable = fromRole && (!to || noRoute) ? reachableByDistance(graph, fromRole.slug) : [];
  const leadingTo = toRole && noRoute ? incomingRoles(graph, toRole.slug).map((slug) => findRole(content, slug)).filter((r) => r !== undefined) : [];

  return (
    <div>
      {fromRole && <PageQrCode path={planPath} />}
      <h1 className="text-3xl font-bold">Career paths</h1>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
        Pick the role you have and the one you want: you get the route between them, what to learn at each step and
        the certifications that help. Pick only where you are now to see everywhere it can lead.
      </p>
      <div data-print="hide">
        <PlanForm roles={content.roles.map(({ slug, title }) => ({ slug, title }))} from={from} to={to} />
      </div>
      {fromRole && (
        <div className="mt-4">
          <HandoutActions path={planPath} title={toRole ? `From ${fromRole.title} to ${toRole.title}` : `Where ${fromRole.title} can lead`} />
        </div>
      )}
      <Notices notices={[...notices, ...routeNotice, ...(plan?.notices ?? [])]} />
      {suggestions.length > 0 && (
        <section aria-labelledby="suggestions-heading" className="mt-4">
          <h2 id="suggestions-heading" className="text-xl font-semibold">
            Did you mean
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {suggestions.flatMap(({ param, slugs: close }) =>
              close.map((slug) => {
                const query = new URLSearchParams(param === 'from' ? { from: slug, ...(to ? { to } : {}) } : { ...(from ? { from } : {}), to: slug });
                return (
                  <li key={`${param}-${slug}`}>
                    <Link href={`/paths?${query.toString()}`}>
                      {findRole(content, slug)?.title} {param === 'from' ? 'as where you are now' : 'as your goal'}
                    </Link>
                  </li>
                );
              }),
            )}
          </ul>
        </section>
      )}
      {plan && plan.routes.length > 0 && <RoutePlan routes={plan.routes} drawn={drawn} content={content} />}
      {fromRole && (!to || (noRoute && reachable.length > 0)) && <ReachableRoles from={fromRole} reachable={reachable} roles={content.roles} />}
      {toRole && leadingTo.length > 0 && <RolesLeadingTo goal={toRole} sources={leadingTo} />}
      {(!fromRole || (noRoute && reachable.length === 0 && leadingTo.length === 0)) && <StartingPoints roles={content.roles} />}

      <section aria-labelledby="graph-heading" className="mt-10" data-print={fromRole ? 'hide' : undefined}>
        <h2 id="graph-heading" className="scroll-mt-4 text-2xl font-bold">
          The growth graph
        </h2>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Levels run left to right, from entry roles to executives; each band across is a track. Select a role to open
          its page; hover or focus one to see only its moves in and out. The same moves are listed after the graph.
        </p>
        {fromRole && neighbourhood && (
          // On a phone the whole graph cannot be read at once: open on the person's role and its moves.
          <figure className="mt-4 md:hidden" aria-labelledby="neighbourhood-caption">
            <figcaption id="neighbourhood-caption" className="font-semibold">
              {fromRole.title} and where it leads next
            </figcaption>
            <div className="mt-2 rounded-lg border border-slate-300 dark:border-slate-700">
              <RoleGraph
                id="neighbourhood"
                fit
                layout={neighbourhood}
                roles={graphRoles}
                route={route}
                label={`${fromRole.title} and the ${neighbourhood.nodes.length - 1} roles it leads to`}
              />
            </div>
            <p className="mt-2">
              <a href="#whole-graph" className="underline">
                Show everything: the whole graph
              </a>
            </p>
          </figure>
        )}
        <GraphLegend showRoute={route.length > 0} />
        {routes.length > 1 && <RouteChoice routes={routes.map((r) => r.roles.length - 1)} drawn={drawn} from={from!} to={to!} />}
        <div className="mt-4 scroll-mt-4" id="whole-graph">
          <ZoomableSvg focus={from}>
            <RoleGraph
              id="graph"
              layout={layout}
              roles={graphRoles}
              route={route}
              label={`Growth graph of ${layout.nodes.length} roles${route.length ? `, with ${drawn === 0 ? 'your route' : `alternative ${drawn}`} numbered` : ''}. The same moves are listed under “Every move, as a list”.`}
            />
          </ZoomableSvg>
        </div>
      </section>
      {/* With a plan, the paper carries the plan; the whole graph stays on screen. */}
      <div data-print={fromRole ? 'hide' : undefined}>
        <GrowthList layout={layout} roles={graphRoles} />
      </div>
      <PrintAddress path={planPath} />
    </div>
  );
}

/** Which planned route the graph draws; links, so each choice works without JavaScript and can be shared. */
function RouteChoice({ routes, drawn, from, to }: { routes: number[]; drawn: number; from: string; to: string }) {
  return (
    <nav aria-label="Route drawn on the graph" className="mt-4">
      <p className="font-semibold">Draw on the graph:</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {routes.map((moves, i) => {
          return (
            <li key={i}>
              <Link
                href={`${pathsHref({ from, to, route: i })}#graph-heading`}
                aria-current={i === drawn ? 'true' : undefined}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current]:border-orange-700 aria-[current]:bg-orange-50 aria-[current]:font-semibold dark:border-slate-600 dark:aria-[current]:bg-orange-950"
                data-route-choice={i}
              >
                {i === 0 ? 'Shortest route' : `Alternative ${i}`} ({moves === 1 ? 'one move' : `${moves} moves`})
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function StartingPoints({ roles }: { roles: readonly Role[] }) {
  return (
    <section aria-labelledby="start-heading" className="mt-8">
      <h2 id="start-heading" className="text-xl font-semibold">
        Places to start
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {roles
          .filter((r) => r.level === 'entry')
          .map((r) => (
            <li key={r.slug}>
              <Link href={`/paths?from=${r.slug}`}>Where {r.title} can lead</Link>
            </li>
          ))}
      </ul>
    </section>
  );
}
