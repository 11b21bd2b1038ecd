import { createHash } from 'node:crypto';
import { cachePolicy } from '../http-cache';
import type { SearchParams } from '../params/shared';
import { searchParamsFromQuery } from '../params/match';
import { apiVersion, type Problem } from './schemas';
import type { Result } from './resources';

// HTTP for the open-data API: every answer is a pure function of the content and the URL, so it
// carries an ETag and may be cached; it is readable from any origin (GET and HEAD are the only
// methods the routes export); it never sets a cookie and logs nothing.

/**
 * How long answers may be kept: the pages' own policies (lib/http-cache.ts). Content-only answers
 * live like content pages; match and paths answers, keyed by their query, like URL-rendered pages.
 */
export const apiCachePolicy = { content: cachePolicy.contentPage, query: cachePolicy.urlPage } as const;

function commonHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, API-Version',
    'API-Version': apiVersion,
  };
}

/**
 * JSON text safe to show anywhere: `<`, `>` and `&` are written as \u escapes, which parse back to
 * the same characters, so user input echoed in a notice can never read as markup.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when If-None-Match names this ETag (weak or strong, RFC 9110's weak comparison) or is `*`. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** A cacheable 200 (or 304 when the client already has it). */
export function cacheableResponse(
  request: Request,
  body: string,
  contentType: string,
  extra: Record<string, string> = {},
  cacheControl: string = apiCachePolicy.content,
): Response {
  const etag = entityTag(body);
  const headers = { ...commonHeaders(), ETag: etag, 'Cache-Control': cacheControl, ...extra };
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}

function jsonResponse(request: Request, value: unknown, cacheControl: string = apiCachePolicy.content): Response {
  return cacheableResponse(request, safeJson(value), 'application/json; charset=utf-8', {}, cacheControl);
}

export function problemResponse(problem: Problem): Response {
  return new Response(safeJson(problem), {
    status: problem.status,
    headers: { ...commonHeaders(), 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': cachePolicy.uncached },
  });
}

export function resultResponse<T>(request: Request, result: Result<T>, cacheControl: string = apiCachePolicy.content): Response {
  return result.ok ? jsonResponse(request, result.body, cacheControl) : problemResponse(result.problem);
}

/** The request's query as the record pages receive, repeats kept (the pages' readers take it). */
export function queryOf(request: Request): SearchParams {
  return searchParamsFromQuery(new URL(request.url).search);
}

/** Bodies of content-only resources, worked out once per content object and key. */
const memo = new WeakMap<object, Map<string, string>>();
export function memoised(content: object, key: string, build: () => unknown): string {
  const bodies = memo.get(content) ?? new Map<string, string>();
  memo.set(content, bodies);
  let body = bodies.get(key);
  if (body === undefined) {
    body = safeJson(build());
    bodies.set(key, body);
  }
  return body;
}

/** A CSV download, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function csvResponse(request: Request, file: string, text: string): Response {
  return cacheableResponse(request, `\ufeff${text}`, 'text/csv; charset=utf-8; header=present', {
    'Content-Disposition': `attachment; filename="bpo-${file}"`,
  });
}
