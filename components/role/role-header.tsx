import Link from '@/components/ui/link';
import { noRoleFilters } from '@/lib/catalogue';
import type { Role } from '@/lib/content/schemas';
import { trackLabels } from '@/lib/labels';
import { rolesHref } from '@/lib/params/roles';
import { PageQrCode } from '@/components/handout/page-qr-code';
import { PrintButton } from '@/components/handout/print-button';
import { ShareButton } from '@/components/ui/share-button';
import { RoleBadges } from './role-badges';
import { mutedTextClass } from '@/components/ui/styles';

export function RoleHeader({ role }: { role: Role }) {
  return (
    <header className="flex flex-col gap-4 print:block">
      <PageQrCode path={`/roles/${role.slug}`} />
      <nav aria-label="Breadcrumb" data-print="hide" className="text-sm">
        <ol className={`flex flex-wrap gap-2 ${mutedTextClass}`}>
          <li>
            <Link href="/roles">Roles</Link>
            <span aria-hidden="true" className="ml-2">
              /
            </span>
          </li>
          <li>
            <Link href={rolesHref({ ...noRoleFilters, tracks: [role.track] })}>{trackLabels[role.track]}</Link>
          </li>
        </ol>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl print:text-2xl">{role.title}</h1>
      {role.abbreviation && <p className="-mt-2 font-medium text-slate-600 dark:text-slate-400 print:mt-0">Short form: {role.abbreviation}</p>}
      <p className={`max-w-3xl text-lg ${mutedTextClass} print:max-w-none print:text-base`}>{role.summary}</p>
      <RoleBadges role={role} />
      <ShareButton path={`/roles/${role.slug}`} title={role.title} before={<PrintButton label="Print this page" />} />
    </header>
  );
}
