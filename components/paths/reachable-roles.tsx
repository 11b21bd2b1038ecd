import Link from '@/components/ui/link';
import type { Role } from '@/lib/content/schemas';
import { pathsHref } from '@/lib/params/paths';

/** Every role reachable from one, grouped by how many moves away it is, each with a route link. */
export function ReachableRoles({
  from,
  reachable,
  roles,
}: {
  from: Pick<Role, 'slug' | 'title'>;
  reachable: readonly { slug: string; distance: number }[];
  roles: readonly Pick<Role, 'slug' | 'title'>[];
}) {
  const titleOf = (slug: string) => roles.find((r) => r.slug === slug)?.title ?? slug;
  const distances = [...new Set(reachable.map((r) => r.distance))];
  return (
    <section aria-labelledby="reachable-heading" className="mt-8">
      <h2 id="reachable-heading" className="text-2xl font-bold">
        Where {from.title} can lead
      </h2>
      {reachable.length === 0 ? (
        <p className="mt-2">No further moves are listed from this role yet.</p>
      ) : (
        distances.map((distance) => (
          <section key={distance} aria-labelledby={`distance-${distance}`} className="mt-4">
            <h3 id={`distance-${distance}`} className="text-lg font-semibold">
              {distance === 1 ? '1 step away' : `${distance} steps away`}
            </h3>
            <ul className="mt-1 list-disc pl-6">
              {reachable
                .filter((r) => r.distance === distance)
                .map((r) => (
                  <li key={r.slug} data-reachable={r.slug}>
                    <Link href={`/roles/${r.slug}`}>{titleOf(r.slug)}</Link>
                    {' · '}
                    <Link href={pathsHref({ from: from.slug, to: r.slug })} aria-label={`Plan the route to ${titleOf(r.slug)}`}>
                      plan the route
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
