import Link from 'next/link';
import type { GlossaryTerm } from '@/lib/content/schemas';

/** A metric's name, linked to its glossary entry (the glossary gives each term an id = its slug). */
export function MetricName({ slug, term }: { slug: string; term: GlossaryTerm | undefined }) {
  return (
    <Link href={`/glossary#${slug}`}>
      {term?.term ?? slug}
      {term?.abbreviation && ` (${term.abbreviation})`}
    </Link>
  );
}
