'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';

/**
 * "Print this plan" for a page whose handout is drawn on the server from the address. Picks made
 * in the browser change the address without a server round trip, so the handout can be behind:
 * the button then asks the server for the current address's page first, and prints once it is in.
 * Until then `data-handout-stale` tells the print styles to print the page as it is on screen.
 */
export function PlanPrintButton() {
  const router = useRouter();
  const search = useSearchParams()?.toString() ?? '';
  const [rendered, setRendered] = useState(search);
  const [waiting, setWaiting] = useState(false);
  const [refreshing, startTransition] = useTransition();

  useEffect(() => {
    if (!waiting || refreshing) return;
    setWaiting(false);
    setRendered(search);
    window.print();
  }, [waiting, refreshing, search]);

  function print() {
    if (search === rendered) return window.print();
    setWaiting(true);
    startTransition(() => router.refresh());
  }

  return (
    <>
      <Button onClick={print} aria-busy={waiting}>
        Print this plan
      </Button>
      {search !== rendered && <span data-handout-stale="" hidden />}
    </>
  );
}
