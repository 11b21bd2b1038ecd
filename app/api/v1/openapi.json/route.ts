import { contentEndpoint } from '@/lib/api/content-endpoint';
import { openApiDocument } from '@/lib/api/openapi';

export const GET = contentEndpoint('openapi', (content) => openApiDocument(content.article), 'application/vnd.oai.openapi+json; charset=utf-8');
