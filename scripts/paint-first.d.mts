import type { Server } from 'node:http';

/** The page with Next's chunk scripts moved behind the first paint; a page without them, unchanged. */
export function paintFirstHtml(html: string): string;
/** The scripts a page loads: its `<script src>` tags and those its loader adds after the first paint. */
export function pageScripts(html: string): string[];
/** Rewrites every HTML response of `target` with paintFirstHtml. */
export function installPaintFirst(target: Server | typeof Server.prototype): void;
