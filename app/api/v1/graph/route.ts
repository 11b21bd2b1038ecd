import { contentEndpoint } from '@/lib/api/content-endpoint';
import { graphResource } from '@/lib/api/resources';

export const GET = contentEndpoint('graph', graphResource);
