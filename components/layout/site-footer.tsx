'use client';

import Link from '@/components/ui/link';

// A client component so App Router pages carry it in a cached script, not in every response's payload.
export function SiteFooter() {
  return (
    <footer data-print="hide" className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
        Based on one published article about BPO careers, told in our own words. No figures are invented. No cookies, no tracking: your choices stay in the
        address bar and your own browser. <Link href="/about">About this site and its sources</Link>
        {' · '}
        <Link href="/data">Open data</Link>
      </div>
    </footer>
  );
}
