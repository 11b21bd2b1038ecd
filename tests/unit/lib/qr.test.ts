import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '@/lib/qr';
import { absoluteUrl } from '@/lib/site';

/** Paints the path's horizontal strokes back into a grid of modules. */
function paint(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i++) grid[Math.floor(y)]![x + i] = true;
      x += Number(a);
    }
  }
  return grid;
}

describe('the printed QR code', () => {
  it('draws exactly the dark modules of the code, row by row', () => {
    const { data, size } = encode('https://careers.example.org/match?skills=communication%3Astrong%2Cempathy&target=team-leader', { ecc: 'M', border: 2 });
    expect(paint(qrPath(data), size)).toEqual(data.map((row) => row.map(Boolean)));
  });

  it('costs well under half the bytes of a square per module', () => {
    const { data } = encode('https://careers.example.org/paths?from=customer-service-representative&to=operations-manager', { ecc: 'M', border: 2 });
    const squares = data.flat().filter(Boolean).length * 'M10 10h1v1h-1z'.length;
    expect(qrPath(data).length).toBeLessThan(squares / 2);
  });
});

describe('the QR image a handout prints (/qr)', () => {
  it('draws the code for a page of this site as an SVG image', async () => {
    const { GET } = await import('@/app/qr/route');
    const response = GET(new Request('http://localhost/qr?for=%2Fmatch%3Fskills%3Dcommunication'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    const svg = await response.text();
    const { data } = encode(absoluteUrl('/match?skills=communication'), { ecc: 'M', border: 2 });
    expect(svg).toContain(`d="${qrPath(data)}"`);
  });

  it.each([
    ['no address', ''],
    ['another site', 'https://example.com/'],
    ['another site, written without its scheme', '//example.com/'],
    ['an address too long to be a shared link', `/match?skills=${'a'.repeat(1000)}`],
  ])('answers 400 with a problem document for %s', async (_, path) => {
    const { GET } = await import('@/app/qr/route');
    const response = GET(new Request(`http://localhost/qr?for=${encodeURIComponent(path)}`));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
