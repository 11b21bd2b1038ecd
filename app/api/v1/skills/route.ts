import { getContent } from '@/lib/content/load';
import { cacheableResponse, memoised } from '@/lib/api/http';
import { skillsResource } from '@/lib/api/resources';

export function GET(request: Request) {
  const content = getContent();
  return cacheableResponse(
    request,
    memoised(content, 'skills', () => skillsResource(content)),
    'application/json; charset=utf-8',
  );
}
