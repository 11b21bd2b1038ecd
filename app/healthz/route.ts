import fs from 'node:fs';
import path from 'node:path';
import { cachePolicy } from '@/lib/http-cache';

// Answered per request, so a load balancer learns that this very process is up.
export const dynamic = 'force-dynamic';

function buildId(): string {
  try {
    // Next writes BUILD_ID into its output folder; the standalone server carries a copy.
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return 'unknown';
  }
}

/** For load balancers and the container's HEALTHCHECK: 200 with the build id of the deployment answering. */
export function GET() {
  return Response.json({ status: 'ok', buildId: buildId() }, { headers: { 'Cache-Control': cachePolicy.uncached } });
}
