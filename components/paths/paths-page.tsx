import Link from '@/components/ui/link';
import { GraphLegend } from '@/components/graph/graph-legend';
import { GrowthList } from '@/components/graph/growth-list';
import { RoleGraph } from '@/components/graph/role-graph';
import { ZoomableSvg } from '@/components/graph/zoomable-svg';
import { HandoutActions } from '@/components/handout/handout-actions';
import { PageQrCode } from '@/components/handout/page-qr-code';
import { PrintAddress } from '@/components/role/print-address';
import { Notices } from '@/components/ui/notices';
import type { Content, Role } from '@/lib/content/schemas';
import type { GraphLayout } from '@/lib/graph-layout';
import { pathsHref } from '@/lib/params/paths';
import type { PathsView } from '@/lib/paths-view';
import { PlanForm } from './plan-form';
import { ReachableRoles } from './reachable-roles';
import { RolesLeadingTo } from './roles-leading-to';
import { RoutePlan } from './route-plan';
import { mutedTextClass } from '@/components/ui/styles';

/**
 * /paths: the plan for a start and a goal (or where a start can lead), then the growth graph and
 * the same moves as a list. The whole graph is laid out at build time (generated/growth-graph.js) and a
 * role's `neighbourhood` on the server (ELK); the
 * browser gets finished SVG.
 */
export function PathsPage({ view, content, neighbourhood }: { view: PathsView; content: Content; neighbourhood: GraphLayout | undefined }) {
  const { fromRole, toRole, plan, drawn, route } = view;
  const routes = plan?.routes ?? [];
  return (
    <div>
      {fromRole && <PageQrCode path={view.address} />}
      <h1 className="text-3xl font-bold">Career paths</h1>
      {/* On paper the pickers are gone, so the words asking to use them go too. */}
      <p className={`mt-2 max-w-2xl ${mutedTextClass}`} data-print={fromRole ? 'hide' : undefined}>
        Pick the role you have and the one you want: you get the route between them, what to learn at each step and the certifications that help. Pick only
        where you are now to see everywhere it can lead.
      </p>
      <div data-print="hide">
        <PlanForm from={fromRole?.slug} to={toRole?.slug} />
      </div>
      {fromRole && (
        <div className="mt-4">
          <HandoutActions path={view.address} title={view.title} />
        </div>
      )}
      <Notices notices={view.notices} />
      {view.suggestions.length > 0 && (
        <section aria-labelledby="suggestions-heading" className="mt-4">
          <h2 id="suggestions-heading" className="text-xl font-semibold">
            Did you mean
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {view.suggestions.map((suggestion) => (
              <li key={suggestion.href}>
                <Link href={suggestion.href}>{suggestion.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan && plan.routes.length > 0 && <RoutePlan routes={plan.routes} drawn={drawn} content={view.planNames} />}
      {fromRole && view.showReachable && <ReachableRoles from={fromRole} reachable={view.reachable} roles={content.roles} />}
      {toRole && view.leadingTo.length > 0 && <RolesLeadingTo goal={toRole} sources={view.leadingTo} />}
      {view.startingPoints.length > 0 && <StartingPoints roles={view.startingPoints} />}

      <section aria-labelledby="graph-heading" className="mt-10" data-print={fromRole ? 'hide' : undefined}>
        <h2 id="graph-heading" className="scroll-mt-4 text-2xl font-bold">
          The growth graph
        </h2>
        <p className={`mt-2 ${mutedTextClass}`}>
          Levels run left to right, from entry roles to executives; each band across is a track. Select a role to open its page; hover or focus one to see only
          its moves in and out. The same moves are listed after the graph.
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
        {fromRole && toRole && routes.length > 1 && (
          <RouteChoice routes={routes.map((r) => r.roles.length - 1)} drawn={drawn} from={fromRole.slug} to={toRole.slug} />
        )}
        <div className="skip-offscreen mt-4 scroll-mt-4" id="whole-graph">
          <ZoomableSvg focus={fromRole?.slug}>
            <RoleGraph
              id="graph"
              route={route}
              label={`Growth graph of ${content.roles.length} roles${route.length ? `, with ${drawn === 0 ? 'your route' : `alternative ${drawn}`} numbered` : ''}. The same moves are listed under “Every move, as a list”.`}
            />
          </ZoomableSvg>
        </div>
      </section>
      {/* With a plan, the paper carries the plan; the whole graph stays on screen. */}
      <div data-print={fromRole ? 'hide' : undefined}>
        <GrowthList />
      </div>
      <PrintAddress path={view.address} />
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
            // biome-ignore lint/suspicious/noArrayIndexKey: i is the route's number in the URL (route=i), which is its identity
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
        {roles.map((r) => (
          <li key={r.slug}>
            <Link href={pathsHref({ from: r.slug })}>Where {r.title} can lead</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
