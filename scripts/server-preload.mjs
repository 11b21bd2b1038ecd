// What the production server preloads (`node --import ./server-preload.mjs server.js`), for every HTTP
// server in the process: pages paint before the framework starts (scripts/paint-first.mjs;
// PAINT_FIRST=off turns it off), and repeated requests for URL pages are answered from memory
// (scripts/page-cache.mjs; PAGE_CACHE=off turns it off). The cache is installed last, so it keeps
// pages as they leave the rewrite.
import http from 'node:http';
import { installPageCache } from './page-cache.mjs';
import { installPaintFirst } from './paint-first.mjs';

if (process.env.PAINT_FIRST !== 'off') installPaintFirst(http.Server.prototype);
if (process.env.PAGE_CACHE !== 'off') installPageCache(http.Server.prototype);
