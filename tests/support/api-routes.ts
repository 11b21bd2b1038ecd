// Calls the API's real route handlers in-process, as Next.js would: the path picks the route file,
// dynamic segments become params. Lets unit tests check real answers without a server.

// Params are typed loosely here: each route reads only the segment its folder names.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, context: { params: Promise<any> }) => Response | Promise<Response>;

const routes: { pattern: RegExp; load: () => Promise<{ GET: Handler }>; param?: string }[] = [
  { pattern: /^\/api\/v1\/?$/, load: () => import('@/app/api/v1/route') },
  { pattern: /^\/api\/v1\/roles$/, load: () => import('@/app/api/v1/roles/route') },
  { pattern: /^\/api\/v1\/roles\/([^/]+)$/, load: () => import('@/app/api/v1/roles/[slug]/route'), param: 'slug' },
  { pattern: /^\/api\/v1\/skills$/, load: () => import('@/app/api/v1/skills/route') },
  { pattern: /^\/api\/v1\/skills\/([^/]+)$/, load: () => import('@/app/api/v1/skills/[slug]/route'), param: 'slug' },
  { pattern: /^\/api\/v1\/graph$/, load: () => import('@/app/api/v1/graph/route') },
  { pattern: /^\/api\/v1\/glossary$/, load: () => import('@/app/api/v1/glossary/route') },
  { pattern: /^\/api\/v1\/certifications$/, load: () => import('@/app/api/v1/certifications/route') },
  { pattern: /^\/api\/v1\/match$/, load: () => import('@/app/api/v1/match/route') },
  { pattern: /^\/api\/v1\/paths$/, load: () => import('@/app/api/v1/paths/route') },
  { pattern: /^\/api\/v1\/openapi\.json$/, load: () => import('@/app/api/v1/openapi.json/route') },
  { pattern: /^\/api\/v1\/schemas\/([^/]+)$/, load: () => import('@/app/api/v1/schemas/[name]/route'), param: 'name' },
  { pattern: /^\/api\/v1\/roles\.csv$/, load: () => import('@/app/api/v1/roles.csv/route') },
  { pattern: /^\/api\/v1\/role-skills\.csv$/, load: () => import('@/app/api/v1/role-skills.csv/route') },
  { pattern: /^\/api\/v1\/moves\.csv$/, load: () => import('@/app/api/v1/moves.csv/route') },
  { pattern: /^\/api\/v1\/reach\.csv$/, load: () => import('@/app/api/v1/reach.csv/route') },
];

export async function callApi(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const full = new URL(url, 'http://localhost:3000');
  for (const route of routes) {
    const found = route.pattern.exec(full.pathname);
    if (!found) continue;
    const { GET } = await route.load();
    const params: Record<string, string> = route.param ? { [route.param]: decodeURIComponent(found[1]!) } : {};
    return GET(new Request(full, { headers }), { params: Promise.resolve(params) });
  }
  const { GET } = await import('@/app/api/v1/[...rest]/route');
  return GET(new Request(full, { headers }));
}
