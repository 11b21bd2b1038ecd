import Link from '@/components/ui/link';
import { PageSection } from '@/components/ui/detail-section';
import type { PageLink } from '@/lib/not-found';

export function NotFoundPage({ suggestions }: { suggestions: PageLink[] }) {
  return (
    <div>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3">
        There is no page at this address; it may have been mistyped. Try one of the pages below, or <Link href="/roles">browse every role</Link>.
      </p>
      {suggestions.length > 0 && (
        <PageSection id="suggestions" title="Did you mean" className="mt-6" headingClassName="text-xl font-semibold">
          <ul className="mt-2 list-disc pl-6">
            {suggestions.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </PageSection>
      )}
    </div>
  );
}
