import { problemResponse } from '@/lib/api/http';
import { unknownEndpointProblem } from '@/lib/api/resources';

// Any other address under /api/v1/ answers a JSON 404 naming the closest real endpoints.
export function GET(request: Request) {
  return problemResponse(unknownEndpointProblem(new URL(request.url).pathname));
}
