import { getContent } from '@/lib/content/load';
import { buildSearchDocuments } from '@/lib/search-index';

// Built once at build time and served as a file; the search dialog fetches it on first open only.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchDocuments(getContent()));
}
