import { getContent } from '@/lib/content/load';
import { resultResponse } from '@/lib/api/http';
import { roleResource } from '@/lib/api/resources';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return resultResponse(request, roleResource(getContent(), (await params).slug));
}
