import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { CompareForm } from '@/components/compare/compare-form';
import { CompareOverview, CompareSkills } from '@/components/compare/compare-table';
import { PageQrCode } from '@/components/handout/page-qr-code';
import { PrintButton } from '@/components/handout/print-button';
import { PrintAddress } from '@/components/role/print-address';
import { Notices } from '@/components/ui/notices';
import { ShareButton } from '@/components/ui/share-button';
import { compareOptions, compareView } from '@/lib/compare';
import { getContent } from '@/lib/content/load';
import type { SearchParams } from '@/lib/params/shared';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Compare roles',
  description: 'Two or three BPO roles side by side: what they do, their level and track, the skills they share and where they lead.',
  path: '/compare',
});

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const content = getContent();
  const { notices, chosen, roles, shared, different, address } = compareView(content, await searchParams);

  return (
    <div>
      {roles.length > 0 && <PageQrCode path={address} />}
      <h1 className="text-3xl font-bold">Compare roles</h1>
      {roles.length > 0 && (
        <div className="mt-4">
          <ShareButton path={address} title="this comparison" before={<PrintButton label="Print this comparison" />} />
        </div>
      )}
      <Notices notices={notices} />
      {roles.length === 0 && (
        <p className="mt-2 max-w-prose">Pick two or three roles to put side by side: what they do, the skills they share and where they lead.</p>
      )}
      {roles.length > 0 && (
        <>
          <CompareOverview roles={roles} />
          {roles.length === 1 ? (
            <p className="mt-4">Add one or two more roles below to see what {roles[0]?.title} shares with them.</p>
          ) : (
            <CompareSkills roles={roles} shared={shared} different={different} />
          )}
          <p className="mt-4">
            <Link href="/match">Match your own skills against every role</Link>
          </p>
        </>
      )}
      <CompareForm
        roles={compareOptions(content)}
        chosen={chosen}
        heading={roles.length === 0 ? 'Choose roles to compare' : roles.length === 1 ? 'Add one or two more roles' : 'Change the roles'}
      />
      {roles.length > 0 && <PrintAddress path={address} />}
    </div>
  );
}
