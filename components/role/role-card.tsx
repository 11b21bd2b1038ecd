import { LinkCard } from '@/components/ui/link-card';
import type { Role } from '@/lib/content/schemas';
import { RoleBadges } from './role-badges';

type CardRole = Pick<Role, 'slug' | 'title' | 'summary' | 'track' | 'level'> & Partial<Pick<Role, 'workModes' | 'requirement'>>;

/** A role in a list. */
export function RoleCard({ role }: { role: CardRole }) {
  return (
    <LinkCard href={`/roles/${role.slug}`} title={role.title} roomy>
      <p className="flex-1 text-slate-700 dark:text-slate-300">{role.summary}</p>
      <RoleBadges role={{ ...role, workModes: role.workModes ?? [] }} />
    </LinkCard>
  );
}
