import { NextResponse, type NextRequest } from 'next/server';
import { requestedPathHeader } from '@/lib/not-found';
import { decodesCleanly, readableSegments } from '@/lib/api/address';
import { problemResponse } from '@/lib/api/http';
import { unreadableAddressProblem } from '@/lib/api/resources';
import { getContent } from '@/lib/content/load';

// Unknown role, past job, skill and guide slugs fall through to app/global-not-found.tsx (their Pages
// Router pages list their paths with `fallback: false`), which receives no params; passing the requested path on as a request
// header lets it suggest the closest real pages. No rewrite: a rewrite's 404 status is lost when
// the server is bound to an explicit host (next start -H 127.0.0.1), where rewrites are proxied.
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (!decodesCleanly(path)) {
    // Next would fail decoding the slug with a 500; a truncated or tampered link is the sender's error.
    // An API address answers JSON: the 404 its section would give (lib/api/address.ts).
    if (path.startsWith('/api/')) return problemResponse(unreadableAddressProblem(getContent(), readableSegments(path).slice(3)));
    return new NextResponse(malformedPage, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  if (path.startsWith('/api/')) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(requestedPathHeader, path);
  return NextResponse.next({ request: { headers } });
}

const malformedPage = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Malformed address</title><main style="font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>This address is malformed</h1><p>Part of the link was cut off or changed, so it cannot be read.
Try <a href="/roles">every role</a>, <a href="/skills">every skill</a> or <a href="/guides">the guides</a>.</p></main></html>`;

export const config = {
  matcher: ['/roles/:slug', '/backgrounds/:slug', '/skills/:slug', '/guides/:slug', '/api/v1/:path+'],
};
