import type { GetStaticProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import type { Content } from '@/lib/content/schemas';
import Link from '@/components/ui/link';
import { getContent } from '@/lib/content/load';
import { readingMinutes } from '@/lib/guides';
import { mutedTextClass } from '@/components/ui/styles';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ content: Content }> = () => ({ props: { content: getContent() } });

export default function GuidesPage({ content }: { content: Content }) {
  const { guides } = content;
  return (
    <div>
      <PageHead title="Guides" description={'What BPO is, what BPO experience means, and how to grow a career in it.'} path="/guides" />
      <h1 className="text-3xl font-bold">Guides</h1>
      <p className={`mt-2 max-w-prose ${mutedTextClass}`}>Longer reads on the BPO industry and the careers in it, best read in this order.</p>
      <ol className="mt-6 grid gap-4 sm:grid-cols-2">
        {guides.map((guide) => (
          <li key={guide.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 className="text-lg font-semibold">
              <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
            </h2>
            <p className="mt-1">{guide.summary}</p>
            <p className={`mt-2 text-sm ${mutedTextClass}`}>{readingMinutes(guide.source)} min read</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
