import Link from 'next/link';
import type { Role } from '@/lib/content/schemas';
import { levelLabels, trackLabels } from '@/lib/labels';

export function RoleCard({ role }: { role: Pick<Role, 'slug' | 'title' | 'summary' | 'track' | 'level'> }) {
  return (
    <article className="relative rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-700 dark:hover:border-sky-300">
      <h3 className="text-lg font-semibold">
        <Link href={`/roles/${role.slug}`} className="no-underline after:absolute after:inset-0 hover:underline">
          {role.title}
        </Link>
      </h3>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{role.summary}</p>
      <p className="mt-3 flex flex-wrap gap-2 text-sm">
        <span className="rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800">{trackLabels[role.track]}</span>
        <span className="rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800">{levelLabels[role.level]}</span>
      </p>
    </article>
  );
}
