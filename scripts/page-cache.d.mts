import type { Server } from 'node:http';
export interface PageCacheStats {
  hits: number;
  misses: number;
  stored: number;
  bytes: number;
}
/** Installs the page cache on a server (or http.Server.prototype); returns its counters. */
export function installPageCache(
  target: Server | typeof Server.prototype,
  options?: { maxBytes?: number; maxEntryBytes?: number; maxSeconds?: number; now?: () => number },
): PageCacheStats;
