import type { ReactNode } from 'react';
import { mutedTextClass } from './styles';

/** A titled part of a role or skill page; the heading names the region for screen readers. */
export function DetailSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-slate-200 pt-8 dark:border-slate-800 print:pt-1">
      <h2 id={`${id}-heading`} className="text-2xl font-bold tracking-tight print:text-base">
        {title}
      </h2>
      {intro && <p className={`mt-2 ${mutedTextClass} print:mt-0`}>{intro}</p>}
      <div className="mt-5 print:mt-1">{children}</div>
    </section>
  );
}

/** What a section says when the content has nothing for it, so every page keeps the same outline. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="text-slate-700 italic dark:text-slate-300">{children}</p>;
}
