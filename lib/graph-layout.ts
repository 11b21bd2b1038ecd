import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { MoveKind, Role } from './content/schemas';
import { buildRoleGraph } from './graph';

export interface LaidOutNode {
  slug: string;
  /** Top-left corner, in the drawing's own units. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  kind: MoveKind;
  points: { x: number; y: number }[];
}

export interface GraphLayout {
  width: number;
  height: number;
  /** In reading order: leftmost rank first, top to bottom within a rank, so Tab follows the picture. */
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
}

// Node boxes hold a title wrapped on two lines plus the track name; the drawing scales to fit.
const defaultOptions: LayoutOptions = { nodeWidth: 200, nodeHeight: 64 };

/**
 * Lays out the growth graph left to right with dagre: entry roles on the left, the roles they lead
 * to on their right. Left to right because the graph is shallow and wide (one role leads to eight),
 * which top to bottom would turn into a thin strip.
 */
export function layoutRoleGraph(
  roles: readonly Pick<Role, 'slug' | 'growth'>[],
  options: Partial<LayoutOptions> = {},
): GraphLayout {
  const { nodeWidth, nodeHeight } = { ...defaultOptions, ...options };
  const graph = buildRoleGraph(roles);
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'LR', nodesep: 20, ranksep: 72, edgesep: 12, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const slug of graph.nodes) g.setNode(slug, { width: nodeWidth, height: nodeHeight });
  for (const edge of graph.edges) g.setEdge(edge.from, edge.to);
  dagre.layout(g);

  const nodes = graph.nodes
    .map((slug) => {
      const label = g.node(slug);
      return { slug, x: round((label.x ?? 0) - nodeWidth / 2), y: round((label.y ?? 0) - nodeHeight / 2), width: nodeWidth, height: nodeHeight };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y);
  const edges = graph.edges.map((edge) => ({
    from: edge.from,
    to: edge.to,
    kind: edge.kind,
    points: (g.edge(edge.from, edge.to)?.points ?? []).map((p) => ({ x: round(p.x), y: round(p.y) })),
  }));
  const label = g.graph();
  return { width: round(label.width ?? 0), height: round(label.height ?? 0), nodes, edges };
}

/** An SVG path through an edge's points, smoothed with quadratic curves between midpoints. */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length < 2) return `M${first.x},${first.y}${rest.map((p) => ` L${p.x},${p.y}`).join('')}`;
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const control = rest[i]!;
    const next = rest[i + 1]!;
    const end = i === rest.length - 2 ? next : { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 };
    d += ` Q${control.x},${control.y} ${round(end.x)},${round(end.y)}`;
  }
  return d;
}

/** Splits a title into at most `maxLines` lines of about `maxChars` characters, at spaces. */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!current) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
