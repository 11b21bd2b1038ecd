import { getContent } from '@/lib/content/load';
import { cacheableResponse, memoised } from '@/lib/api/http';
import { graphResource } from '@/lib/api/resources';

export function GET(request: Request) {
  const content = getContent();
  return cacheableResponse(
    request,
    memoised(content, 'graph', () => graphResource(content)),
    'application/json; charset=utf-8',
  );
}
