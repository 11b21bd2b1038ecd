// Runs once when a server starts, before it takes requests: lay out one role's neighbourhood now,
// so the first visitor to a /paths plan does not wait for ELK to start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { contentNeighbourhoodLayout } = await import('./lib/content/graph-layouts');
  const { getContent } = await import('./lib/content/load');
  const first = getContent().roles[0];
  // A failure here must not stop the server; the page lays the neighbourhood out itself and shows any error.
  if (first) await contentNeighbourhoodLayout(first.slug).catch(() => undefined);
}
