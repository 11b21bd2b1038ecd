import { MatchWorkspace } from '@/components/match/match-workspace';
import { Notices } from '@/components/ui/notices';
import { getContent } from '@/lib/content/load';
import { matchCatalogue, matchPageData } from '@/lib/match-data';
import { parseMatchParams } from '@/lib/params/match';
import type { SearchParams } from '@/lib/params/shared';
import { pageMetadata } from '@/lib/page-metadata';
import { mutedTextClass } from '@/components/ui/styles';

export const metadata = pageMetadata({
  title: 'Skill match',
  description:
    'Pick the skills you have, the tasks you have done or the role you have now, and see the BPO roles you could apply for now, the ones you could grow into and how, and the next skill worth learning.',
  path: '/match',
});

export default async function MatchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const data = matchPageData(getContent());
  const { value, notices } = parseMatchParams(await searchParams, matchCatalogue(data));
  return (
    <div>
      <h1 className="text-3xl font-bold">Skill match</h1>
      <p className={`mt-2 max-w-prose ${mutedTextClass}`}>
        Tell us what you can already do and see the roles you could apply for now and the ones you could grow into, with what each is hired for and whether you
        have it. Your picks stay in this page&apos;s address, so you can bookmark or share it, and in this browser; nothing is sent anywhere.
      </p>
      <Notices notices={notices} />
      <MatchWorkspace initial={value} />
    </div>
  );
}
