import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '@/components/handout/page-qr-code';

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
