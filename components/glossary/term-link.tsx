import Link from '@/components/ui/link';
import { useId, type ReactNode } from 'react';

/**
 * A link to a glossary entry whose definition shows on hover and on keyboard focus (WCAG 1.4.13:
 * the tooltip sits inside the hovered wrapper so the pointer can move onto it, it stays while
 * hovered or focused, and Escape dismisses it). Showing and hiding is CSS; Escape is handled by
 * public/enhance.js.
 */
export function TermLink({ slug, definition, children }: { slug: string; definition: string; children: ReactNode }) {
  const tooltipId = useId();
  return (
    <span data-term-link="" className="group/term relative inline-block">
      <Link href={`/glossary#${slug}`} aria-describedby={tooltipId} className="decoration-dotted">
        {children}
      </Link>
      {/* display:none until shown, so a hidden tooltip near the edge cannot widen a narrow page. */}
      <span
        id={tooltipId}
        role="tooltip"
        className="absolute left-0 top-full z-20 hidden w-max max-w-[min(18rem,80vw)] pt-1 group-hover/term:block group-focus-within/term:block group-data-dismissed/term:hidden print:hidden"
      >
        <span className="block rounded-md bg-slate-900 px-3 py-2 text-sm font-normal leading-snug text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
          {definition}
        </span>
      </span>
    </span>
  );
}
