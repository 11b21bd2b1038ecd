import { contentEndpoint } from '@/lib/api/content-endpoint';
import { certificationsResource } from '@/lib/api/resources';

export const GET = contentEndpoint('certifications', certificationsResource);
