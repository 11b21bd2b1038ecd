import { getContent } from '@/lib/content/load';
import { cacheableResponse, memoised } from '@/lib/api/http';
import { indexResource } from '@/lib/api/resources';

export function GET(request: Request) {
  return cacheableResponse(request, memoised(getContent(), 'index', indexResource), 'application/json; charset=utf-8');
}
