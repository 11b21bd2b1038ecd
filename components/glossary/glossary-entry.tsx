import Link from '@/components/ui/link';
import type { GlossaryTerm, Role } from '@/lib/content/schemas';
import { mutedTextClass } from '@/components/ui/styles';

/** One glossary entry; its id is the term's slug, which other pages link to as /glossary#<slug>. */
export function GlossaryEntry({ term, judgedRoles }: { term: GlossaryTerm; judgedRoles: Role[] }) {
  const headingId = `${term.slug}-heading`;
  return (
    <section
      id={term.slug}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-lg border border-slate-200 p-4 target:border-brand-600 target:ring-2 target:ring-brand-600 dark:border-slate-800 dark:target:border-sky-300 dark:target:ring-sky-300"
    >
      <h3 id={headingId} className="text-xl font-semibold">
        {term.term}
        {term.abbreviation && <span className={`font-normal ${mutedTextClass}`}> ({term.abbreviation})</span>}
      </h3>
      <p className="mt-2 font-medium">{term.definition}</p>
      {term.explanation.map((paragraph) => (
        <p key={paragraph} className="mt-2 leading-relaxed">
          {paragraph}
        </p>
      ))}
      {judgedRoles.length > 0 && (
        <div className="mt-3">
          <h4 className="font-semibold">Roles judged on it</h4>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {judgedRoles.map((role) => (
              <li key={role.slug}>
                <Link href={`/roles/${role.slug}`}>{role.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
