import { contentEndpoint } from '@/lib/api/content-endpoint';
import { skillsResource } from '@/lib/api/resources';

export const GET = contentEndpoint('skills', skillsResource);
