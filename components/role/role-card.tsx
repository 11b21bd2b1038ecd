import Link from '@/components/ui/link';
import type { Role } from '@/lib/content/schemas';
import { RoleBadges } from './role-badges';
import { mutedTextClass } from '@/components/ui/styles';

type CardRole = Pick<Role, 'slug' | 'title' | 'summary' | 'track' | 'level'> & Partial<Pick<Role, 'workModes' | 'requirement'>>;

/** A role in a list: the whole card is one link target, named by the title. */
export function RoleCard({ role }: { role: CardRole }) {
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition-colors hover:border-brand-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-300">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/roles/${role.slug}`} className="no-underline after:absolute after:inset-0 after:rounded-xl hover:underline">
          {role.title}
        </Link>
      </h3>
      <p className={`flex-1 ${mutedTextClass}`}>{role.summary}</p>
      <RoleBadges role={{ ...role, workModes: role.workModes ?? [] }} />
    </article>
  );
}
