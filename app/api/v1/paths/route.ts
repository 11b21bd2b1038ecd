import { getContent } from '@/lib/content/load';
import { apiCachePolicy, queryOf, resultResponse } from '@/lib/api/http';
import { pathsResource } from '@/lib/api/resources';

export function GET(request: Request) {
  return resultResponse(request, pathsResource(getContent(), queryOf(request)), apiCachePolicy.query);
}
