import Link from 'next/link';
import { NotFoundSuggestions } from '@/components/layout/not-found-suggestions';
import { getContent } from '@/lib/content/load';

export default function NotFound() {
  const content = getContent();
  const candidates = [
    ...content.roles.map((r) => ({ href: `/roles/${r.slug}`, label: r.title })),
    ...content.skills.map((s) => ({ href: `/skills/${s.slug}`, label: s.name })),
  ];
  return (
    <div>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3">
        There is no page at this address. It may have been mistyped; the closest pages are below, or{' '}
        <Link href="/roles">browse every role</Link>.
      </p>
      <NotFoundSuggestions candidates={candidates} />
    </div>
  );
}
