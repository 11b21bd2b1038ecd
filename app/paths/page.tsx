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
import { getContent } from '@/lib/content/load';
import { findRole } from '@/lib/content/lookups';
import type { Role } from '@/lib/content/schemas';
import { buildRoleGraph, incomingRoles, reachableByDistance } from '@/lib/graph';
import { layoutRoleGraph, type GraphLayout } from '@/lib/graph-layout';
import { parsePathsParams, pathsHref } from '@/lib/params/paths';
import type { SearchParams } from '@/lib/params/shared';
import { planRoute } from '@/lib/paths';

type Props = { searchParams: Promise<SearchParams> };

// Content is read once per process, so its layout is computed once too, not per request.
const layouts = new WeakMap<readonly Role[], GraphLayout>();
function layoutOf(roles: readonly Role[]): GraphLayout {
  const cached = layouts.get(roles) ?? layoutRoleGraph(roles);
  layouts.set(roles, cached);
  return cached;
}

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
  const route = plan?.routes[0]?.roles ?? [];
  const layout = layoutOf(content.roles);
  const graphRoles = content.roles.map(({ slug, title, track }) => ({ slug, title, track }));
  const toRole = to ? findRole(content, to) : undefined;
  const planPath = pathsHref({ from, to });
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
      <Notices notices={[...notices, ...(plan?.notices ?? [])]} />
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
      {plan && plan.routes.length > 0 && <RoutePlan routes={plan.routes} content={content} />}
      {fromRole && (!to || (noRoute && reachable.length > 0)) && <ReachableRoles from={fromRole} reachable={reachable} roles={content.roles} />}
      {toRole && leadingTo.length > 0 && <RolesLeadingTo goal={toRole} sources={leadingTo} />}
      {(!fromRole || (noRoute && reachable.length === 0 && leadingTo.length === 0)) && <StartingPoints roles={content.roles} />}

      <section aria-labelledby="graph-heading" className="mt-10" data-print={fromRole ? 'hide' : undefined}>
        <h2 id="graph-heading" className="text-2xl font-bold">
          The growth graph
        </h2>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Every role and the moves out of it, entry roles on the left. Select a role to open its page; drag or pinch
          to move around, or use the zoom buttons. The same moves are listed after the graph.
        </p>
        <GraphLegend showRoute={route.length > 0} />
        <div className="mt-4">
          <ZoomableSvg>
            <RoleGraph
              layout={layout}
              roles={graphRoles}
              route={route}
              label={`Growth graph of ${layout.nodes.length} roles${route.length ? ', with your route numbered' : ''}. The same moves are listed under “Every move, as a list”.`}
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
