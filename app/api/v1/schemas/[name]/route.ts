import { getContent } from '@/lib/content/load';
import { cacheableResponse, memoised, problemResponse } from '@/lib/api/http';
import { publishedSchemaNames, standaloneSchema } from '@/lib/api/openapi';
import { notFoundProblem } from '@/lib/api/resources';

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const name = (await params).name;
  const schema = standaloneSchema(name);
  if (!schema) {
    const names = publishedSchemaNames();
    return problemResponse(
      notFoundProblem(
        'schema',
        name,
        `/api/v1/schemas/${name}`,
        names.map((n) => ({ slug: n, label: n, href: `/api/v1/schemas/${n}` })),
      ),
    );
  }
  return cacheableResponse(
    request,
    memoised(getContent(), `schema:${name}`, () => schema),
    'application/schema+json; charset=utf-8',
  );
}
