import Link from '@/components/ui/link';
import { rolesByTrack } from '@/lib/catalogue';
import type { Role } from '@/lib/content/schemas';
import { trackLabels } from '@/lib/labels';
import { RoleCard } from './role-card';

/** The matching roles, grouped by track, with how many match out of how many there are. */
export function RoleCatalogue({ roles, total, filtered }: { roles: Role[]; total: number; filtered: boolean }) {
  const groups = rolesByTrack(roles);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-2">
        <p id="role-count" className="text-lg font-semibold">
          {filtered ? `${roles.length} of ${total} roles match` : `All ${total} roles`}
        </p>
        {filtered && <Link href="/roles">Clear filters</Link>}
      </div>
      {roles.length === 0 && (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-slate-700 dark:border-slate-600 dark:text-slate-300">
          No role matches every filter you chose. Untick one, or <Link href="/roles">clear the filters</Link> to see all roles.
        </p>
      )}
      {groups.map((group) => (
        <section key={group.track} aria-labelledby={`track-${group.track}`}>
          <h2 id={`track-${group.track}`} className="text-xl font-bold">
            {trackLabels[group.track]} <span className="font-normal text-slate-600 dark:text-slate-400">({group.roles.length})</span>
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {group.roles.map((role) => (
              <li key={role.slug}>
                <RoleCard role={role} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
