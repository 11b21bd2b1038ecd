import type { Role } from '@/lib/content/schemas';
import { edgePath, wrapLabel, type GraphLayout } from '@/lib/graph-layout';
import { trackLabels } from '@/lib/labels';
import styles from './role-graph.module.css';

export type GraphRole = Pick<Role, 'slug' | 'title' | 'track'>;

// Fits a 13px title in a 200-unit box with padding; the box size comes from lib/graph-layout.
const charsPerLine = 26;

/**
 * The growth graph as ready SVG: every role a link to its page, in reading order so Tab follows the
 * picture. Route roles carry data-route-step and aria-current; the zoom layer is what ZoomableSvg moves.
 */
export function RoleGraph({ layout, roles, route = [], label }: { layout: GraphLayout; roles: readonly GraphRole[]; route?: readonly string[]; label: string }) {
  const bySlug = new Map(roles.map((r) => [r.slug, r]));
  const neighbours = new Map<string, string[]>();
  for (const { from, to } of layout.edges) {
    neighbours.set(from, [...(neighbours.get(from) ?? []), to]);
    neighbours.set(to, [...(neighbours.get(to) ?? []), from]);
  }
  const routeEdges = new Set(route.slice(1).map((to, i) => `${route[i]}>${to}`));

  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={label}
      // The drawing's own proportions, capped so the whole graph fits the screen on load.
      style={{ aspectRatio: `${layout.width} / ${layout.height}` }}
      className={`${styles.tracks} ${styles.graph} block max-h-[75vh] min-h-80 w-full`}
      data-graph=""
    >
      <defs>
        <marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className={styles.arrow} />
        </marker>
        <marker id="graph-route-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className={styles.routeArrow} />
        </marker>
      </defs>
      <g data-zoom-layer="">
        <g aria-hidden="true">
          {layout.edges.map((edge) => {
            const onRoute = routeEdges.has(`${edge.from}>${edge.to}`);
            return (
              <path
                key={`${edge.from}>${edge.to}`}
                d={edgePath(edge.points)}
                className={styles.edge}
                data-from={edge.from}
                data-to={edge.to}
                data-kind={edge.kind}
                data-on-route={onRoute ? '' : undefined}
                markerEnd={`url(#${onRoute ? 'graph-route-arrow' : 'graph-arrow'})`}
              />
            );
          })}
        </g>
        {layout.nodes.map((node) => {
          const role = bySlug.get(node.slug);
          if (!role) return null;
          const step = route.indexOf(node.slug);
          const lines = wrapLabel(role.title, charsPerLine);
          const track = trackLabels[role.track];
          // The accessible name starts with the visible words (title, track) so speech input can say them.
          const name = `${role.title}, ${track} track${step >= 0 ? `, step ${step + 1} of your route` : ''}`;
          return (
            <a
              key={node.slug}
              href={`/roles/${node.slug}`}
              className={styles.node}
              data-node={node.slug}
              data-track={role.track}
              data-neighbours={(neighbours.get(node.slug) ?? []).join(' ')}
              data-route-step={step >= 0 ? step : undefined}
              aria-current={step >= 0 ? 'step' : undefined}
              aria-label={name}
            >
              <rect className={styles.focusRing} x={node.x - 4} y={node.y - 4} width={node.width + 8} height={node.height + 8} rx={10} />
              <rect className={styles.box} x={node.x} y={node.y} width={node.width} height={node.height} rx={7} />
              <text x={node.x + node.width / 2} textAnchor="middle" aria-hidden="true">
                {/* Spaces between the lines keep the words apart in the link's text. */}
                {lines.map((line, i) => (
                  <tspan key={i} className={styles.title} x={node.x + node.width / 2} y={node.y + (lines.length === 1 ? 26 : 19) + i * 16}>
                    {line}{' '}
                  </tspan>
                ))}
                <tspan className={styles.trackName} x={node.x + node.width / 2} y={node.y + node.height - 9}>
                  {track}
                </tspan>
              </text>
            </a>
          );
        })}
        {/* Step numbers sit outside the links: their names already say which step they are. */}
        <g aria-hidden="true">
          {route.map((slug, step) => {
            const node = layout.nodes.find((n) => n.slug === slug);
            if (!node) return null;
            return (
              <g key={slug} className={styles.badgeGroup} data-badge-for={slug}>
                <circle className={styles.badge} cx={node.x} cy={node.y} r={11} />
                <text className={styles.badgeText} x={node.x} y={node.y + 4} textAnchor="middle">
                  {step + 1}
                </text>
              </g>
            );
          })}
        </g>
      </g>
    </svg>
  );
}
