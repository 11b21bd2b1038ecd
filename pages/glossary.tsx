import type { GetStaticProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import type { Content } from '@/lib/content/schemas';
import { GlossaryEntry } from '@/components/glossary/glossary-entry';
import { getContent } from '@/lib/content/load';
import { rolesJudgedOn } from '@/lib/content/lookups';
import type { GlossaryTerm } from '@/lib/content/schemas';
import { mutedTextClass } from '@/components/ui/styles';

const sections: { kind: GlossaryTerm['kind']; id: string; title: string; intro: string }[] = [
  { kind: 'metric', id: 'metrics-heading', title: 'Metrics', intro: 'What BPO work is measured on, and which roles answer for each measure.' },
  { kind: 'term', id: 'terms-heading', title: 'Terms', intro: 'Words you will meet when reading about the industry.' },
];

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ content: Content }> = () => ({ props: { content: getContent() } });

export default function GlossaryPage({ content }: { content: Content }) {
  const byName = [...content.glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <div>
      <PageHead
        title="Glossary"
        description={'BPO metrics and terms in plain words — AHT, CSAT, FCR, KPI, SLA, KPO, LPO and more — and the roles judged on each.'}
        path="/glossary"
      />
      <h1 className="text-3xl font-bold">Glossary</h1>
      <p className={`mt-2 max-w-prose ${mutedTextClass}`}>The metrics and terms of BPO work, each explained in plain words.</p>
      <nav aria-label="Glossary index" className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {byName.map((term) => (
            <li key={term.slug}>
              <a href={`#${term.slug}`}>{term.abbreviation ?? term.term}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.kind} aria-labelledby={section.id} className="mt-8">
          <h2 id={section.id} className="text-2xl font-semibold">
            {section.title}
          </h2>
          <p className={`mt-1 ${mutedTextClass}`}>{section.intro}</p>
          <div className="mt-4 grid gap-4">
            {byName
              .filter((term) => term.kind === section.kind)
              .map((term) => (
                <GlossaryEntry key={term.slug} term={term} judgedRoles={rolesJudgedOn(content, term.slug)} />
              ))}
          </div>
        </section>
      ))}
    </div>
  );
}
