import { getContent } from '@/lib/content/load';
import { cacheableResponse, memoised } from '@/lib/api/http';
import { rolesResource } from '@/lib/api/resources';

export function GET(request: Request) {
  const content = getContent();
  return cacheableResponse(
    request,
    memoised(content, 'roles', () => rolesResource(content)),
    'application/json; charset=utf-8',
  );
}
