import type { GetServerSideProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import type { Role } from '@/lib/content/schemas';
import { RoleCatalogue } from '@/components/role/role-catalogue';
import { RoleFilterForm } from '@/components/role/role-filter-form';
import { Notices } from '@/components/ui/notices';
import { filterRoles, hasRoleFilters } from '@/lib/catalogue';
import { getContent } from '@/lib/content/load';
import { parseRoleFilters } from '@/lib/params/roles';
import { mutedTextClass } from '@/components/ui/styles';

const description = 'Every BPO role: what it is, its track and its level. Filter by track, level and how the work is done.';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

// Rendered per request from the query string, so a shared filtered list shows its roles without JavaScript.
export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const { roles } = getContent();
  const { value: filters, notices } = parseRoleFilters(query);
  return { props: { shown: filterRoles(roles, filters), total: roles.length, filters, notices } };
};

interface Props {
  shown: Role[];
  total: number;
  filters: ReturnType<typeof parseRoleFilters>['value'];
  notices: ReturnType<typeof parseRoleFilters>['notices'];
}

export default function RolesPage({ shown, total, filters, notices }: Props) {
  const filtered = hasRoleFilters(filters);
  return (
    <div className="flex flex-col gap-8">
      <PageHead title="Roles" description={description} path="/roles" openGraph={{ type: 'website', title: 'BPO roles' }} />
      <header className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Roles</h1>
        <p className={`text-lg ${mutedTextClass}`}>
          What each BPO job is, which part of the work it belongs to and how senior it is. Choose filters and press “Show roles”; the address then holds your
          choice, so you can share the list.
        </p>
      </header>
      <Notices notices={notices} />
      <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
        <div data-print="hide">
          <RoleFilterForm filters={filters} canClear={filtered || notices.length > 0} />
        </div>
        <RoleCatalogue roles={shown} total={total} filtered={filtered} />
      </div>
    </div>
  );
}
