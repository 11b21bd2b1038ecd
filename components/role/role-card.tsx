import { LinkCard } from '@/components/ui/link-card';
import type { Role } from '@/lib/content/schemas';
import { RoleBadges } from './role-badges';
import { mutedTextClass } from '@/components/ui/styles';

type CardRole = Pick<Role, 'slug' | 'title' | 'summary' | 'track' | 'level'> & Partial<Pick<Role, 'workModes' | 'requirement'>>;

/** A role in a list. */
export function RoleCard({ role }: { role: CardRole }) {
  return (
    <LinkCard href={`/roles/${role.slug}`} title={role.title} roomy>
      <p className={`flex-1 ${mutedTextClass}`}>{role.summary}</p>
      <RoleBadges role={{ ...role, workModes: role.workModes ?? [] }} />
    </LinkCard>
  );
}
