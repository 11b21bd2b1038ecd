import type { GetStaticProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { PageIntro } from '@/components/ui/detail-section';
import { LinkCard } from '@/components/ui/link-card';
import { SuggestionMark } from '@/components/ui/provenance';
import { firstRoleFor } from '@/lib/background-guide';
import { getContent } from '@/lib/content/load';
import type { Background } from '@/lib/content/schemas';
import { absoluteUrl } from '@/lib/site';
import { JsonLd } from '@/components/ui/json-ld';
import { itemListJsonLd } from '@/lib/structured-data';
import { mutedTextClass } from '@/components/ui/styles';

const title = 'Jobs before BPO';
const description =
  'Jobs people bring to BPO, from retail and hospitality to nursing and teaching: what carries over, the roles to apply for first and what to learn next.';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

interface Entry {
  background: Pick<Background, 'slug' | 'title' | 'summary' | 'alternativeTitles'>;
  firstRole: { slug: string; title: string } | null;
}

export const getStaticProps: GetStaticProps<{ entries: Entry[] }> = () => {
  const content = getContent();
  return {
    props: {
      entries: content.backgrounds.map((background) => ({
        background: { slug: background.slug, title: background.title, summary: background.summary, alternativeTitles: background.alternativeTitles },
        firstRole: firstRoleFor(content, background) ?? null,
      })),
    },
  };
};

export default function BackgroundsPage({ entries }: { entries: Entry[] }) {
  const jsonLd = itemListJsonLd(
    title,
    entries.map(({ background }) => ({ name: background.title, url: absoluteUrl(`/backgrounds/${background.slug}`) })),
  );
  return (
    <div className="flex flex-col gap-8">
      <PageHead title={title} description={description} path="/backgrounds" openGraph={{ type: 'website', title: 'Start from the job you had' }} />
      <JsonLd data={jsonLd} />
      <PageIntro
        title="Start from the job you had"
        lead="People come to BPO from other jobs. Pick yours to see what carries over, the roles to apply for first and what to learn next, or open the skill match with its skills filled in."
      >
        <p className={`flex flex-wrap items-center gap-2 ${mutedTextClass}`}>
          <SuggestionMark /> The article does not speak of past jobs: what each one builds is this guide’s reasoning, given on each page.
        </p>
      </PageIntro>
      <ul className="grid gap-4 sm:grid-cols-2">
        {entries.map(({ background, firstRole }) => (
          <li key={background.slug}>
            <LinkCard href={`/backgrounds/${background.slug}`} title={background.title} heading="h2">
              <p className={mutedTextClass}>{background.summary}</p>
              <p className={`text-sm ${mutedTextClass}`}>Also called: {background.alternativeTitles.slice(0, 4).join(', ')}</p>
              {firstRole && <p className="mt-auto pt-1 text-sm font-medium">First role to apply for: {firstRole.title}</p>}
            </LinkCard>
          </li>
        ))}
      </ul>
    </div>
  );
}
