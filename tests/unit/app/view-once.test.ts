import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as matchViewModule from '@/lib/match-view';
import * as pathsModule from '@/lib/paths';
import * as pathsParamsModule from '@/lib/params/paths';

// Issue 23: each request for an interactive page reads its address once and works out its view
// once; the handout and the metadata use that same view. Counted on the real page modules.

vi.mock('@/lib/match-view', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/match-view')>();
  return { ...original, matchView: vi.fn(original.matchView) };
});
vi.mock('@/lib/paths', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/paths')>();
  return { ...original, planRoute: vi.fn(original.planRoute) };
});
vi.mock('@/lib/params/paths', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/params/paths')>();
  return { ...original, parsePathsParams: vi.fn(original.parsePathsParams) };
});

beforeEach(() => vi.clearAllMocks());

// The /paths page lays the graph out with ELK on first use: seconds on a busy machine.
describe('one view per request', { timeout: 30_000 }, () => {
  it('/match works out the match once, and draws the results and the printed handout from it', async () => {
    const { default: MatchPage } = await import('@/app/match/page');
    const page = await MatchPage({ searchParams: Promise.resolve({ skills: 'communication:strong,empathy', from: 'customer-service-representative' }) });
    const html = renderToString(page);
    expect(vi.mocked(matchViewModule.matchView)).toHaveBeenCalledTimes(1);
    // Both the handout and the on-screen results are in the page the server sends.
    expect(html).toContain('A career plan from');
    expect(html).toContain('id="results-heading"');
  });

  it('/paths reads its address and plans the route once for its metadata and its page together', async () => {
    const { default: PathsRoute, generateMetadata } = await import('@/app/paths/page');
    // A fresh address, so nothing is left from an earlier request.
    const params = { from: 'customer-service-representative', to: 'operations-manager', route: '1' };
    const metadata = await generateMetadata({ searchParams: Promise.resolve({ ...params }) });
    const page = await PathsRoute({ searchParams: Promise.resolve({ ...params }) });
    expect(vi.mocked(pathsParamsModule.parsePathsParams)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(pathsModule.planRoute)).toHaveBeenCalledTimes(1);
    const { view } = page.props as { view: { title: string } };
    expect(view.title).toBe('From Customer Service Representative to Operations Manager');
    expect(metadata.title).toEqual({ absolute: `${view.title} · BPO Career Paths` });
  });

  it('/paths works out a different address on its own', async () => {
    const { default: PathsRoute } = await import('@/app/paths/page');
    await PathsRoute({ searchParams: Promise.resolve({ from: 'customer-service-representative', to: 'team-leader' }) });
    await PathsRoute({ searchParams: Promise.resolve({ from: 'customer-service-representative', to: 'quality-analyst' }) });
    expect(vi.mocked(pathsModule.planRoute)).toHaveBeenCalledTimes(2);
  });
});
