import { getContent } from '@/lib/content/load';
import { cacheableResponse, memoised } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';

export function GET(request: Request) {
  return cacheableResponse(request, memoised(getContent(), 'openapi', () => openApiDocument(getContent().article)), 'application/vnd.oai.openapi+json; charset=utf-8');
}
