import { problemResponse } from '@/lib/api/http';
import { badParameters } from '@/lib/api/resources';
import { isSitePath, qrPathMaxLength, qrSvg } from '@/lib/qr';
import { absoluteUrl } from '@/lib/site';

/** `/qr?for=/match?…`: the QR code a handout prints for one of this site's pages (components/handout/page-qr-code.tsx). */
export function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('for') ?? '';
  if (!isSitePath(path)) {
    return problemResponse(
      badParameters('/qr', [`"for" must be a path on this site that starts with one "/" and is no longer than ${qrPathMaxLength} characters.`]),
    );
  }
  return new Response(qrSvg(absoluteUrl(path)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
