/**
 * How tidy a laid-out growth graph is, measured on the drawn edge lines: how often two moves cross,
 * and how often a move passes under a role it neither starts nor ends at. Pure geometry, so a test
 * can pin the numbers for the real content and any layout can be compared with another.
 */

interface Point {
  x: number;
  y: number;
}
interface Box {
  slug: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Line {
  from: string;
  to: string;
  points: readonly Point[];
}
export interface MeasurableLayout {
  nodes: readonly Box[];
  edges: readonly Line[];
}

type Segment = readonly [Point, Point];

function segments(points: readonly Point[]): Segment[] {
  return points.slice(1).map((p, i) => [points[i]!, p] as const);
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** True when the two segments cross at a point inside both: touching ends and overlapping runs do not count. */
function properlyCross([a, b]: Segment, [c, d]: Segment): boolean {
  const d1 = cross(a, b, c);
  const d2 = cross(a, b, d);
  const d3 = cross(c, d, a);
  const d4 = cross(c, d, b);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Points where two different moves' lines cross (a pair of moves can cross more than once). */
export function countEdgeCrossings(layout: MeasurableLayout): number {
  const lines = layout.edges.map((edge) => segments(edge.points));
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      for (const s of lines[i]!) for (const t of lines[j]!) if (properlyCross(s, t)) count++;
    }
  }
  return count;
}

/** Does the segment pass through the inside of the box (its border shrunk by `inset`)? Liang–Barsky clipping. */
function segmentEntersBox([a, b]: Segment, box: Box, inset: number): boolean {
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/**
 * (move, role) pairs where the move's line runs through the box of a role other than its own two.
 * A line that only grazes a border is not counted (boxes are shrunk by one unit).
 */
export function countEdgesThroughNodes(layout: MeasurableLayout): { count: number; pairs: string[] } {
  const pairs: string[] = [];
  for (const edge of layout.edges) {
    const lines = segments(edge.points);
    for (const node of layout.nodes) {
      if (node.slug === edge.from || node.slug === edge.to) continue;
      if (lines.some((s) => segmentEntersBox(s, node, 1))) pairs.push(`${edge.from}>${edge.to} under ${node.slug}`);
    }
  }
  return { count: pairs.length, pairs };
}
