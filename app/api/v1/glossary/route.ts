import { contentEndpoint } from '@/lib/api/content-endpoint';
import { glossaryResource } from '@/lib/api/resources';

export const GET = contentEndpoint('glossary', glossaryResource);
