import type { Metadata } from 'next';
import { RoleCatalogue } from '@/components/role/role-catalogue';
import { RoleFilterForm } from '@/components/role/role-filter-form';
import { Notices } from '@/components/ui/notices';
import { filterRoles, hasRoleFilters } from '@/lib/catalogue';
import { getContent } from '@/lib/content/load';
import type { SearchParams } from '@/lib/params/shared';
import { parseRoleFilters } from '@/lib/params/roles';
import { siteName } from '@/lib/site';

const description = 'Every BPO role: what it is, its track and its level. Filter by track, level and how the work is done.';

export const metadata: Metadata = {
  title: 'Roles',
  description,
  alternates: { canonical: '/roles' },
  openGraph: { type: 'website', url: '/roles', siteName, title: 'BPO roles', description },
};

export default async function RolesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { roles } = getContent();
  const { value: filters, notices } = parseRoleFilters(await searchParams);
  const filtered = hasRoleFilters(filters);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Roles</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">
          What each BPO job is, which part of the work it belongs to and how senior it is. Choose filters and press “Show
          roles”; the address then holds your choice, so you can share the list.
        </p>
      </header>
      <Notices notices={notices} />
      <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
        <div data-print="hide">
          <RoleFilterForm filters={filters} canClear={filtered || notices.length > 0} />
        </div>
        <RoleCatalogue roles={filterRoles(roles, filters)} total={roles.length} filtered={filtered} />
      </div>
    </div>
  );
}
