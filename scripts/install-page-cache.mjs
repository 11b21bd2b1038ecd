// Preloaded by the production server (`node --import`): every HTTP server in the process answers
// repeated requests for URL pages from memory (scripts/page-cache.mjs). PAGE_CACHE=off turns it off.
import http from 'node:http';
import { installPageCache } from './page-cache.mjs';

if (process.env.PAGE_CACHE !== 'off') installPageCache(http.Server.prototype);
