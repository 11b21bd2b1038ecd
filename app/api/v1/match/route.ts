import { getContent } from '@/lib/content/load';
import { apiCachePolicy, queryOf, resultResponse } from '@/lib/api/http';
import { matchResource } from '@/lib/api/resources';

export function GET(request: Request) {
  return resultResponse(request, matchResource(getContent(), queryOf(request)), apiCachePolicy.query);
}
