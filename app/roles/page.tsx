import type { Metadata } from 'next';
import { RoleCard } from '@/components/role/role-card';
import { getContent } from '@/lib/content/load';

export const metadata: Metadata = {
  title: 'Roles',
  description: 'Every BPO role: what it is, its track and its level.',
  alternates: { canonical: '/roles' },
};

export default function RolesPage() {
  const { roles } = getContent();
  return (
    <div>
      <h1 className="text-3xl font-bold">Roles</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {roles.map((role) => (
          <li key={role.slug}>
            <RoleCard role={role} />
          </li>
        ))}
      </ul>
    </div>
  );
}
