// Runs once when a server starts, before it takes requests: lay out the growth graph now, so the
// first visitor to /paths does not wait for ELK.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { contentGraphLayout } = await import('./lib/content/graph-layouts');
  // A failure here must not stop the server; the page lays the graph out itself and shows any error.
  await contentGraphLayout().catch(() => undefined);
}
