import { TermLink } from '@/components/glossary/term-link';
import type { GlossaryTerm } from '@/lib/content/schemas';

/** A metric's name, linked to its glossary entry with the definition on hover and focus. */
export function MetricName({ slug, term }: { slug: string; term: GlossaryTerm | undefined }) {
  const label = `${term?.term ?? slug}${term?.abbreviation ? ` (${term.abbreviation})` : ''}`;
  if (!term) return <>{label}</>;
  return (
    <TermLink slug={slug} definition={term.definition}>
      {label}
    </TermLink>
  );
}
