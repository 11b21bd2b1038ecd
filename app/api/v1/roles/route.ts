import { contentEndpoint } from '@/lib/api/content-endpoint';
import { rolesResource } from '@/lib/api/resources';

export const GET = contentEndpoint('roles', rolesResource);
