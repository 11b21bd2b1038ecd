// Calls the API's real route handlers in-process, as Next.js would: the path picks the route file,
// dynamic segments become params. Lets unit tests check real answers without a server. The routes
// are the files under app/api/v1 themselves, so a new endpoint needs no entry here.

// Params are typed loosely here: each route reads only the segment its folder names.
// biome-ignore lint/suspicious/noExplicitAny: each route types its own params; no one type fits every route's context
type Handler = (request: Request, context: { params: Promise<any> }) => Response | Promise<Response>;
type RouteModule = { GET: Handler };

const routeFiles = import.meta.glob<RouteModule>('/app/api/v1/**/route.ts');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The URL pattern a route file answers: `[slug]` is one segment, `[...rest]` any number of them. */
export function apiRouteOf(file: string): { pattern: RegExp; param?: string; catchAll: boolean } {
  const segments = file
    .replace(/^\/app/, '')
    .replace(/\/route\.ts$/, '')
    .split('/')
    .filter(Boolean);
  let param: string | undefined;
  let catchAll = false;
  const source = segments
    .map((segment) => {
      const rest = /^\[\.\.\.(.+)\]$/.exec(segment);
      if (rest) {
        catchAll = true;
        return '(.+)';
      }
      const dynamic = /^\[(.+)\]$/.exec(segment);
      if (dynamic) {
        param = dynamic[1];
        return '([^/]+)';
      }
      return escapeRegExp(segment);
    })
    .join('/');
  return { pattern: new RegExp(`^/${source}/?$`), param, catchAll };
}

// Fixed segments before dynamic ones before the catch-all, as Next.js matches them.
const routes = Object.entries(routeFiles)
  .map(([file, load]) => ({ file, load, ...apiRouteOf(file) }))
  .sort((a, b) => Number(a.catchAll) - Number(b.catchAll) || Number(Boolean(a.param)) - Number(Boolean(b.param)));

/** The route file that answers a path (for tests that check every endpoint has its own). */
export function apiRouteFileFor(pathname: string): string | undefined {
  return routes.find((route) => route.pattern.test(pathname))?.file;
}

export async function callApi(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const full = new URL(url, 'http://localhost:3000');
  const route = routes.find((candidate) => candidate.pattern.test(full.pathname));
  if (!route) throw new Error(`no API route answers ${full.pathname}`);
  const found = route.pattern.exec(full.pathname)!;
  const { GET } = await route.load();
  const params: Record<string, string> = route.param ? { [route.param]: decodeURIComponent(found[1]!) } : {};
  return GET(new Request(full, { headers }), { params: Promise.resolve(params) });
}
