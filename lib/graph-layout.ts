import ELK, { type ElkExtendedEdge, type ElkNode, type LayoutOptions as ElkOptions } from 'elkjs/lib/elk.bundled.js';
import { levels, tracks } from './content/enums';
import { isEditorial } from './content/editorial';
import type { Level, MoveKind, Role, Track } from './content/schemas';
import { buildRoleGraph } from './graph';
import { countEdgeCrossings } from './graph-tidiness';

export interface LaidOutNode {
  slug: string;
  track: Track;
  level: Level;
  /** Top-left corner, in the drawing's own units (one unit is one CSS pixel at natural size). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  kind: MoveKind;
  /** Present when the move is this guide's suggestion, not named by the article: drawn and listed with the mark. */
  suggested?: true;
  /** Orthogonal polyline: start on the source's border, bends, end on the target's border. */
  points: { x: number; y: number }[];
}

/** A horizontal swim lane: every role of one track sits inside it. */
export interface Lane {
  track: Track;
  y: number;
  height: number;
}

/** A vertical band: every role of one level sits inside it (a level may span several layers). */
export interface Column {
  level: Level;
  x: number;
  width: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** In reading order: leftmost layer first, top to bottom within a layer, so Tab follows the picture. */
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  lanes: Lane[];
  columns: Column[];
}

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  /** Levels as columns (ELK partitions); off for a neighbourhood, whose moves share one column. */
  levelColumns: boolean;
  /** Moves leave and reach a role along shared lines (fewer crossings in the whole graph). */
  mergeMoves: boolean;
}

export type LayoutRole = Pick<Role, 'slug' | 'growth' | 'track' | 'level'>;

// Boxes hold a 13px title on up to three lines (two plus the track name when it fits), at natural size.
const defaultOptions: LayoutOptions = { nodeWidth: 168, nodeHeight: 72, levelColumns: true, mergeMoves: true };
const nodeGap = 24;
// Room above and below the roles of a lane, where its label sits clear of a route step number.
const lanePadding = 34;

// Why these options: levels are ELK partitions, so a column never holds a more senior level than the
// one to its right; orthogonal routing keeps lines in the gaps between layers, so none runs under a box.
const baseOptions: ElkOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.partitioning.activate': 'true',
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': String(nodeGap),
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.padding': '[top=12,left=12,bottom=12,right=12]',
};

// The second pass keeps each role at the height of its lane; ELK still routes every edge.
const laneOptions: ElkOptions = {
  ...baseOptions,
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.layered.crossingMinimization.semiInteractive': 'true',
  'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
};

// How many of the best-scoring lane orders ELK routes for real (each costs one layout run).
const laneOrdersRouted = 4;

const elk = new ELK();

/**
 * Lays out the growth graph as a career ladder with ELK's layered algorithm: levels as columns
 * (entry on the left), tracks as horizontal swim lanes. A first pass lets ELK order roles freely,
 * which gives each role its layer and its order within its lane. Which lane sits next to which is
 * then chosen by crossings: every order of the lanes is scored on straight lines between the
 * planned positions (cheap), and ELK routes the few best for real; the fewest crossings win.
 */
export async function layoutRoleGraph(roles: readonly LayoutRole[], options: Partial<LayoutOptions> = {}): Promise<GraphLayout> {
  const { nodeWidth, nodeHeight, levelColumns, mergeMoves } = { ...defaultOptions, ...options };
  // Moves out of one role leave it together and moves into one role arrive together, like the rungs
  // of a ladder; on the real content that leaves 11 crossings where separate lines had 19.
  const merge: ElkOptions = { 'elk.layered.mergeEdges': String(mergeMoves) };
  const graph = buildRoleGraph(roles);
  // Fresh objects for every run: ELK writes its results into the graph it is given.
  const elkEdges = (): ElkExtendedEdge[] => graph.edges.map((edge, i) => ({ id: `e${i}`, sources: [edge.from], targets: [edge.to] }));
  const partition = (role: LayoutRole): ElkOptions => (levelColumns ? { 'elk.partitioning.partition': String(levels.indexOf(role.level)) } : {});

  const free = await elk.layout({
    id: 'free',
    layoutOptions: { ...baseOptions, ...merge },
    children: roles.map((role) => ({ id: role.slug, width: nodeWidth, height: nodeHeight, layoutOptions: partition(role) })),
    edges: elkEdges(),
  });
  const firstPass = new Map((free.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  const at = (slug: string) => firstPass.get(slug) ?? { x: 0, y: 0 };

  // Where each role would sit for a given lane order: each lane as tall as its fullest layer,
  // roles within a layer in the first pass's order.
  const plan = (laneOrder: readonly Track[]) => {
    const hint = new Map<string, { x: number; y: number }>();
    let top = 0;
    for (const track of laneOrder) {
      const cells = new Map<number, string[]>();
      const mine = roles.filter((r) => r.track === track).sort((a, b) => at(a.slug).y - at(b.slug).y);
      for (const role of mine) cells.set(at(role.slug).x, [...(cells.get(at(role.slug).x) ?? []), role.slug]);
      const rows = Math.max(...[...cells.values()].map((c) => c.length));
      for (const [x, slugs] of cells) {
        slugs.forEach((slug, i) => {
          hint.set(slug, { x, y: top + lanePadding + i * (nodeHeight + nodeGap) });
        });
      }
      top += 2 * lanePadding + rows * nodeHeight + (rows - 1) * nodeGap;
    }
    return hint;
  };
  const straightCrossings = (hint: ReadonlyMap<string, { x: number; y: number }>) =>
    countEdgeCrossings({
      nodes: [],
      edges: graph.edges.map(({ from, to }) => {
        const [a, b] = [hint.get(from)!, hint.get(to)!];
        return {
          from,
          to,
          points: [
            { x: a.x + nodeWidth, y: a.y + nodeHeight / 2 },
            { x: b.x, y: b.y + nodeHeight / 2 },
          ],
        };
      }),
    });

  const present = tracks.filter((t) => roles.some((r) => r.track === t));
  const meanY = (track: Track) => average(roles.filter((r) => r.track === track).map((r) => at(r.slug).y));
  const byFirstPass = [...present].sort((a, b) => meanY(a) - meanY(b));
  const scored = permutations(present).map((order) => ({ order, score: straightCrossings(plan(order)) }));
  scored.sort((a, b) => a.score - b.score);
  const candidates = [byFirstPass, ...scored.slice(0, laneOrdersRouted).map((c) => c.order)];

  let best: { laid: ElkNode; order: readonly Track[]; crossings: number } | undefined;
  for (const order of candidates) {
    const hint = plan(order);
    const ordered = [...roles].sort((a, b) => order.indexOf(a.track) - order.indexOf(b.track) || hint.get(a.slug)!.y - hint.get(b.slug)!.y);
    const laid: ElkNode = await elk.layout({
      id: 'lanes',
      layoutOptions: { ...laneOptions, ...merge },
      children: ordered.map((role): ElkNode => {
        const { x, y } = hint.get(role.slug)!;
        return { id: role.slug, x, y, width: nodeWidth, height: nodeHeight, layoutOptions: { ...partition(role), 'elk.position': `(${x},${y})` } };
      }),
      edges: elkEdges(),
    });
    const crossings = countEdgeCrossings({ nodes: [], edges: graph.edges.map((edge, i) => ({ ...edge, points: sectionPoints(laid, `e${i}`) })) });
    if (!best || crossings < best.crossings) best = { laid, order, crossings };
  }
  const { laid, order } = best!;

  // ELK packs the drawing against its padding; move it down so the top lane, too, has room for its label.
  const shift = Math.max(0, lanePadding - Math.min(...(laid.children ?? []).map((c) => c.y ?? 0)));
  const bySlug = new Map(roles.map((r) => [r.slug, r]));
  const nodes: LaidOutNode[] = (laid.children ?? [])
    .map((c) => {
      const role = bySlug.get(c.id)!;
      return { slug: c.id, track: role.track, level: role.level, x: round(c.x ?? 0), y: round((c.y ?? 0) + shift), width: nodeWidth, height: nodeHeight };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y);
  const edges: LaidOutEdge[] = graph.edges.map((edge, i) => ({
    from: edge.from,
    to: edge.to,
    kind: edge.kind,
    ...(isEditorial(bySlug.get(edge.from)?.growth.find((g) => g.to === edge.to)?.source) ? { suggested: true as const } : {}),
    points: sectionPoints(laid, `e${i}`).map((p) => ({ x: round(p.x), y: round(p.y + shift) })),
  }));
  const width = round(laid.width ?? 0);
  const height = round((laid.height ?? 0) + shift);
  return { width, height, nodes, edges, lanes: lanesOf(nodes, order, height), columns: levelColumns ? columnsOf(nodes, width) : [] };
}

/**
 * One role and the moves out of it, narrow enough to read at full size on a phone: the role on the
 * left, every role it leads to in one column on the right, still in their track lanes.
 */
export function layoutNeighbourhood(roles: readonly LayoutRole[], slug: string): Promise<GraphLayout> {
  const centre = roles.find((r) => r.slug === slug);
  const targets = new Set(centre?.growth.map((g) => g.to) ?? []);
  const sub = roles.filter((r) => r.slug === slug || targets.has(r.slug)).map((r) => (r.slug === slug ? r : { ...r, growth: [] }));
  // Separate lines here: few enough never to cross, and the route's own line stays its own.
  return layoutRoleGraph(sub, { nodeWidth: 130, levelColumns: false, mergeMoves: false });
}

/** The route ELK drew for one edge: start, bends, end. */
function sectionPoints(laid: ElkNode, id: string): { x: number; y: number }[] {
  const section = laid.edges?.find((e) => e.id === id)?.sections?.[0];
  return section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
}

/** Every order of the items (6 tracks: 720 orders). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Lane bands tile the drawing top to bottom: each boundary sits halfway between two lanes' roles. */
function lanesOf(nodes: readonly LaidOutNode[], order: readonly Track[], height: number): Lane[] {
  const extents = order.map((track) => {
    const mine = nodes.filter((n) => n.track === track);
    return { track, top: Math.min(...mine.map((n) => n.y)), bottom: Math.max(...mine.map((n) => n.y + n.height)) };
  });
  return extents.map(({ track, top, bottom }, i) => {
    const start = i === 0 ? 0 : (extents[i - 1]!.bottom + top) / 2;
    const end = i === extents.length - 1 ? height : (bottom + extents[i + 1]!.top) / 2;
    return { track, y: round(start), height: round(end - start) };
  });
}

/** Column bands tile the drawing left to right in level order, like the lanes. */
function columnsOf(nodes: readonly LaidOutNode[], width: number): Column[] {
  const extents = levels
    .map((level) => {
      const mine = nodes.filter((n) => n.level === level);
      return { level, left: Math.min(...mine.map((n) => n.x)), right: Math.max(...mine.map((n) => n.x + n.width)), count: mine.length };
    })
    .filter((e) => e.count > 0);
  return extents.map(({ level, left, right }, i) => {
    const start = i === 0 ? 0 : (extents[i - 1]!.right + left) / 2;
    const end = i === extents.length - 1 ? width : (right + extents[i + 1]!.left) / 2;
    return { level, x: round(start), width: round(end - start) };
  });
}

function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
