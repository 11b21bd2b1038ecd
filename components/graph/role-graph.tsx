'use client';

import type { Role } from '@/lib/content/schemas';
import { edgePath, wrapLabel } from '@/lib/graph-drawing';
import { growthGraph } from '@/generated/growth-graph';
import type { GraphLayout, LaidOutEdge } from '@/lib/graph-layout';
import { suggestionLabel } from '@/components/ui/provenance';
import { levelLabels, moveKindLabels, trackLabels } from '@/lib/labels';
import styles from './role-graph.module.css';

export type GraphRole = Pick<Role, 'slug' | 'title' | 'track'>;

/** The graph's roles by slug, from its chunk: the drawing and the list after it both look titles up here. */
export const graphRolesBySlug: ReadonlyMap<string, GraphRole> = new Map(growthGraph.roles.map((r) => [r.slug, r]));

// About 8 units per character of a 13px semibold title, so a line fits its box with padding.
const unitsPerChar = 8.5;
// Room above the drawing for the level names that head its columns (a neighbourhood has none).
const columnHeader = 36;

/**
 * The growth graph as ready SVG, drawn at natural size (one unit, one CSS pixel) so titles stay
 * 13px; the frame around it scrolls. Levels head the columns, tracks label the lanes. Every role is
 * a link to its page, in reading order so Tab follows the picture. Route roles carry
 * data-route-step and aria-current; the route's lines are drawn over the others. A client component,
 * so the whole graph's layout and the roles come from a cached chunk (generated/growth-graph.js)
 * and the page sends only the route (and a phone's small neighbourhood layout); the server still
 * renders it to finished SVG.
 */
export function RoleGraph({
  layout = growthGraph.layout,
  route = [],
  label,
  id,
  fit = false,
}: {
  /** What to draw: the whole graph unless given (a role's neighbourhood). */
  layout?: GraphLayout;
  route?: readonly string[];
  label: string;
  /** Also prefixes the arrowheads' ids, so two graphs on a page keep their own. */
  id: string;
  /** Shrink to the width available (never grow past natural size) instead of scrolling. */
  fit?: boolean;
}) {
  const routeEdges = new Set(route.slice(1).map((to, i) => `${route[i]}>${to}`));
  const onRoute = (edge: { from: string; to: string }) => routeEdges.has(`${edge.from}>${edge.to}`);
  const suggestedBand = layout.edges
    .filter((edge) => edge.suggested)
    .map((edge) => edgePath(edge.points))
    .join(' ');
  const headerHeight = layout.columns.length > 0 ? columnHeader : 0;
  const height = layout.height + headerHeight;

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot hold a fieldset; the group names the drawing its links sit in
    <svg
      id={id}
      viewBox={`0 ${-headerHeight} ${layout.width} ${height}`}
      width={fit ? undefined : layout.width}
      height={fit ? undefined : height}
      style={fit ? { width: '100%', maxWidth: layout.width, height: 'auto' } : undefined}
      role="group"
      aria-label={label}
      className={`${styles.tracks} ${styles.graph} block`}
      data-graph={fit ? undefined : ''}
      data-neighbourhood={fit ? '' : undefined}
      data-width={layout.width}
      data-height={height}
    >
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className={styles.arrow} />
        </marker>
        <marker id={`${id}-route-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className={styles.routeArrow} />
        </marker>
      </defs>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> of lanes and column names is not focusable; the lists beside the graph say the same */}
      <g aria-hidden="true">
        {layout.lanes.map((lane, i) => (
          <g key={lane.track} data-lane={lane.track}>
            <rect className={i % 2 ? styles.laneOdd : styles.lane} x={0} y={lane.y} width={layout.width} height={lane.height} />
            <text className={styles.laneName} x={8} y={lane.y + 19}>
              {trackLabels[lane.track]}
            </text>
          </g>
        ))}
        {layout.columns.map((column, i) => (
          <g key={column.level} data-column={column.level}>
            {i > 0 && <line className={styles.columnRule} x1={column.x} y1={-headerHeight} x2={column.x} y2={layout.height} />}
            <text className={styles.columnName} x={column.x + column.width / 2} y={-12} textAnchor="middle">
              {levelLabels[column.level]}
            </text>
          </g>
        ))}
      </g>
      {/* This guide's suggestions run along a band, under every line so none is covered (the legend shows it). One
          path for all of them: a path per move cost a kilobyte of HTML. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <path> is not focusable; the legend explains the band */}
      {suggestedBand && <path d={suggestedBand} className={styles.band} aria-hidden="true" data-band="" />}
      <g>
        {/* Route lines last, so they are drawn over every other line. */}
        {[...layout.edges.filter((e) => !onRoute(e)), ...layout.edges.filter(onRoute)].map((edge) => (
          <path
            key={`${edge.from}>${edge.to}`}
            d={edgePath(edge.points)}
            className={styles.edge}
            data-from={edge.from}
            data-to={edge.to}
            data-kind={edge.kind}
            data-on-route={onRoute(edge) ? '' : undefined}
            data-suggested={edge.suggested ? '' : undefined}
            markerEnd={`url(#${id}-${onRoute(edge) ? 'route-arrow' : 'arrow'})`}
            // The list after the graph carries every move; a suggested line also says so itself, in words.
            {...(edge.suggested ? { role: 'img' } : { 'aria-hidden': true })}
          >
            {edge.suggested && <title>{moveName(edge)}</title>}
          </path>
        ))}
      </g>
      {layout.nodes.map((node) => {
        const role = graphRolesBySlug.get(node.slug);
        if (!role) return null;
        const step = route.indexOf(node.slug);
        const lines = wrapLabel(role.title, Math.floor(node.width / unitsPerChar), 3);
        const track = trackLabels[role.track];
        const middle = node.x + node.width / 2;
        // The accessible name starts with the visible words (title, track) so speech input can say them.
        const name = `${role.title}, ${track} track${step === 0 ? ', where your route starts' : step > 0 ? `, step ${step} of your route` : ''}`;
        return (
          <a
            key={node.slug}
            href={`/roles/${node.slug}`}
            className={styles.node}
            // The phone view's roles get their own attributes, so `[data-node]` always means the whole graph.
            {...{ [fit ? 'data-focus-node' : 'data-node']: node.slug }}
            data-track={role.track}
            {...{ [fit ? 'data-focus-route-step' : 'data-route-step']: step >= 0 ? step : undefined }}
            aria-current={step >= 0 ? 'step' : undefined}
            aria-label={name}
          >
            <rect className={styles.focusRing} x={node.x - 4} y={node.y - 4} width={node.width + 8} height={node.height + 8} rx={10} />
            <rect className={styles.box} x={node.x} y={node.y} width={node.width} height={node.height} rx={7} />
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG <text> is not focusable; the link's aria-label is its name */}
            <text x={middle} textAnchor="middle" aria-hidden="true">
              {/* Spaces between the lines keep the words apart in the link's text. */}
              {lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped title never move; their position is who they are
                <tspan key={i} className={styles.title} x={middle} y={node.y + [30, 22, 20][lines.length - 1]! + i * 16} data-title="">
                  {line}{' '}
                </tspan>
              ))}
              {/* A three-line title fills the box; the lane still names the track. */}
              {lines.length < 3 && (
                <tspan className={styles.trackName} x={middle} y={node.y + node.height - 10}>
                  {track}
                </tspan>
              )}
            </text>
          </a>
        );
      })}
      {/* Step numbers sit outside the links: their names already say which step they are. Step n is
          the nth move, as in the plan's text ("Step 1: Team Leader"); the start is marked "Start". */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> of step badges is not focusable */}
      <g aria-hidden="true">
        {route.map((slug, step) => {
          const node = layout.nodes.find((n) => n.slug === slug);
          if (!node) return null;
          return (
            <g key={slug} className={styles.badgeGroup} data-badge-for={slug}>
              {step === 0 ? (
                <rect className={styles.badge} x={node.x - 22} y={node.y - 11} width={44} height={22} rx={11} />
              ) : (
                <circle className={styles.badge} cx={node.x} cy={node.y} r={12} />
              )}
              <text className={styles.badgeText} x={node.x} y={node.y + 4.5} textAnchor="middle">
                {step === 0 ? 'Start' : step}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** A suggested line's name, in the words of the list after the graph: who moves where, the kind, and the mark. */
function moveName(edge: Pick<LaidOutEdge, 'from' | 'to' | 'kind'>): string {
  const title = (slug: string) => graphRolesBySlug.get(slug)?.title ?? slug;
  return `${title(edge.from)} to ${title(edge.to)}, ${moveKindLabels[edge.kind].toLowerCase()}: ${suggestionLabel}`;
}
