import { getContent } from '@/lib/content/load';
import { csvResponse } from '@/lib/api/http';
import { csvDownload } from '@/lib/api/csv';

export function GET(request: Request) {
  return csvResponse(request, 'reach.csv', csvDownload(getContent(), 'reach.csv'));
}
