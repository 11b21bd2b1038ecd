import { layoutNeighbourhood, type GraphLayout, type LayoutRole } from '../graph-layout';
import { getContent } from './load';
import { isEditorial } from './editorial';

// ELK takes a moment, so each neighbourhood layout is computed once per process (the whole graph is
// laid out at build time: scripts/write-generated.ts). The memo lives on
// globalThis because the server's start-up warm-up (instrumentation.ts) and the pages are bundled
// apart; it is keyed by what the layout reads, so edited content (dev server) gets a fresh one.
const memoKey = Symbol.for('bpo-career-explorer.graph-layouts');
type Memo = Map<string, Promise<GraphLayout>>;
const memoStore = globalThis as Record<symbol, Memo | undefined>;
const memo: Memo = memoStore[memoKey] ?? new Map();
memoStore[memoKey] = memo;

function remembered(roles: readonly LayoutRole[], view: string, compute: () => Promise<GraphLayout>): Promise<GraphLayout> {
  const key = `${view}|${JSON.stringify(roles.map(({ slug, track, level, growth }) => [slug, track, level, growth.map((g) => [g.to, g.kind, isEditorial(g.source)])]))}`;
  const found = memo.get(key);
  if (found) return found;
  const computed = compute();
  memo.set(key, computed);
  // A failed layout is not kept, so the next request tries again.
  computed.catch(() => memo.delete(key));
  return computed;
}

/** One role of the site's content and the moves out of it, for phones. */
export function contentNeighbourhoodLayout(slug: string): Promise<GraphLayout> {
  const { roles } = getContent();
  return remembered(roles, `around:${slug}`, () => layoutNeighbourhood(roles, slug));
}
