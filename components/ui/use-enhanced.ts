'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * False on the server and while hydrating, true once React has taken the page over: a control the
 * server sends as plain HTML (a native select, a search form) swaps in its scripted form then. The
 * swap is not urgent, so it runs in a transition, in slices, and the page keeps answering taps.
 */
export function useEnhanced(): boolean {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => startTransition(() => setEnhanced(true)), []);
  return enhanced;
}
