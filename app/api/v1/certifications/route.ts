import { getContent } from '@/lib/content/load';
import { cacheableResponse, memoised } from '@/lib/api/http';
import { certificationsResource } from '@/lib/api/resources';

export function GET(request: Request) {
  const content = getContent();
  return cacheableResponse(
    request,
    memoised(content, 'certifications', () => certificationsResource(content)),
    'application/json; charset=utf-8',
  );
}
