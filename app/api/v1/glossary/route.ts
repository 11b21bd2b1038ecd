import { getContent } from '@/lib/content/load';
import { cacheableResponse, memoised } from '@/lib/api/http';
import { glossaryResource } from '@/lib/api/resources';

export function GET(request: Request) {
  const content = getContent();
  return cacheableResponse(
    request,
    memoised(content, 'glossary', () => glossaryResource(content)),
    'application/json; charset=utf-8',
  );
}
