// Next.js answers 500 when a dynamic segment holds percent-encoding it cannot decode (a lone `%`,
// bytes that are not UTF-8). The proxy answers such API addresses itself, reading them leniently
// so the 404 can still suggest the closest real slug.

/** True when every percent-escape in the path decodes. */
export function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The path's segments, decoded with stray `%` taken literally and undecodable bytes as U+FFFD. */
export function readableSegments(pathname: string): string[] {
  return pathname.split('/').map((segment) => {
    const bytes: number[] = [];
    const text = segment.replace(/%(?![0-9a-f]{2})/gi, '%25');
    for (let i = 0; i < text.length; i++) {
      const percentEscape = /^%([0-9a-f]{2})/i.exec(text.slice(i, i + 3));
      if (percentEscape) {
        bytes.push(parseInt(percentEscape[1]!, 16));
        i += 2;
      } else {
        bytes.push(...new TextEncoder().encode(text[i]!));
      }
    }
    return new TextDecoder().decode(Uint8Array.from(bytes));
  });
}
