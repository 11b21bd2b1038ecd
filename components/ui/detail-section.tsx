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

/** The top of a catalogue page: its title and a lead paragraph saying what the list is (and anything after it). */
export function PageIntro({ title, lead, children }: { title: string; lead: ReactNode; children?: ReactNode }) {
  return (
    <header className="flex max-w-3xl flex-col gap-3">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <p className={`text-lg ${mutedTextClass}`}>{lead}</p>
      {children}
    </header>
  );
}

/**
 * A titled part of a page of prose (about, open data, home): the h2 names the region, its id made
 * from `id` so the two cannot drift apart. `anchor` also lets a link jump to the section.
 */
export function PageSection({
  id,
  title,
  anchor,
  className,
  headingClassName = 'text-2xl font-semibold',
  children,
}: {
  id: string;
  title: ReactNode;
  anchor?: boolean;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section id={anchor ? id : undefined} aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
