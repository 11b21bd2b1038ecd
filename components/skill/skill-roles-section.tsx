import Link from '@/components/ui/link';
import { DetailSection, EmptyNote } from '@/components/ui/detail-section';
import { RoleBadges } from '@/components/role/role-badges';
import { SkillLevelMeter } from '@/components/ui/skill-level-meter';
import type { RoleNeed } from '@/lib/catalogue';

export function SkillRolesSection({ needs }: { needs: RoleNeed[] }) {
  return (
    <DetailSection id="roles" title="Roles that need it" intro={needs.length > 0 ? 'Highest level needed first.' : undefined}>
      {needs.length === 0 ? (
        <EmptyNote>No role in this guide lists this skill yet.</EmptyNote>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {needs.map(({ role, level }) => (
            <li key={role.slug} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <Link href={`/roles/${role.slug}`} className="font-semibold">
                {role.title}
              </Link>
              <SkillLevelMeter level={level} />
              <RoleBadges role={role} />
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
