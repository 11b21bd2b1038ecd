import Link from '@/components/ui/link';
import type { Role } from '@/lib/content/schemas';
import { pathsHref } from '@/lib/params/paths';

/** The roles one move before a goal, each a route link: suggestions when no route reaches it. */
export function RolesLeadingTo({ goal, sources }: { goal: Pick<Role, 'slug' | 'title'>; sources: readonly Pick<Role, 'slug' | 'title'>[] }) {
  return (
    <section aria-labelledby="leading-to-heading" className="mt-8">
      <h2 id="leading-to-heading" className="text-2xl font-bold">
        Roles that lead to {goal.title}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {sources.map((source) => (
          <li key={source.slug}>
            <Link href={pathsHref({ from: source.slug, to: goal.slug })}>From {source.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
