import type { GetStaticProps } from 'next';
import { PageSection } from '@/components/ui/detail-section';
import { PageHead } from '@/components/layout/page-head';
import Link from '@/components/ui/link';
import { SuggestionMark } from '@/components/ui/provenance';
import type { ArticleCitation } from '@/lib/content/fingerprint';
import { levelRule } from '@/lib/content/level-rule';
import { getContent } from '@/lib/content/load';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ article: ArticleCitation }> = () => ({ props: { article: getContent().article } });

export default function AboutPage({ article }: { article: ArticleCitation }) {
  return (
    <article className="max-w-prose">
      <PageHead
        title="About"
        description={'Where this site’s content comes from, and what it does not do: no invented figures, no cookies, no tracking.'}
        path="/about"
      />
      <h1 className="text-3xl font-bold">About this site</h1>
      <p className="mt-4 leading-relaxed">
        This site helps people explore careers in business process outsourcing (BPO): what each role involves, the skills it takes and where it can lead.
      </p>

      <PageSection id="sources" title="Where the content comes from" className="mt-8">
        <p className="mt-4 leading-relaxed">
          Everything here is based on the article <cite>“{article.title}”</cite>, published by {article.publisher} at{' '}
          <a href={article.address}>{article.address}</a>. This site states its facts in our own words, organised into <Link href="/roles">roles</Link>, skills,{' '}
          <Link href="/guides">guides</Link> and a <Link href="/glossary">glossary</Link>, and quotes only a few words at a time; the article itself is not
          copied here. It draws on these sources:
        </p>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>
            <cite>Investopedia</cite>, on business process outsourcing (BPO)
          </li>
          <li>
            <cite>Deloitte’s Global Outsourcing Survey</cite>
          </li>
          <li>
            <cite>Indeed</cite>, its career guide on business process outsourcing
          </li>
        </ul>
      </PageSection>

      <PageSection id="provenance" title="The article, or this guide’s suggestion" anchor className="mt-8">
        <p className="mt-4 leading-relaxed">
          Every career move, key skill, metric and certification on a role page says where it comes from. When the article says it, the page quotes the
          article’s own words (<q className="italic">CSRs can move up to team leads</q>). When the article does not, and this guide adds it because a counselor
          would, it carries this mark and the reason:
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-2">
          <SuggestionMark /> <span>Why this guide suggests it: a one-line reason you can weigh for yourself.</span>
        </p>
        <p className="mt-4 leading-relaxed">
          The same mark goes wherever a move is shown: route plans, the match, the comparison, printed handouts and the list of every move; the growth graph
          draws those moves between two rails and says so in its legend. Where the article says something only of BPO work as a whole, such as the metrics it
          gives as examples, the claim is this guide’s suggestion, and the general words come with the reason.
        </p>
        <p className="mt-4 leading-relaxed">
          Each quote is a few words, no more than fifteen, and is checked every time the site is built against a fingerprint of the article: codes computed from
          its short runs of words, which tell whether a phrase is the article’s without keeping its text. The same check makes sure the rest of the site is in
          our own words, and that words claiming frequency, such as “often”, “usually”, “most” or “plenty of”, appear only inside a quote of the article.
        </p>
        <p className="mt-4 leading-relaxed">
          In the article, a certification is something that helps: it can <q>boost your credibility</q>, or be <q>a game-changer</q> depending on your focus.
          For two kinds of role it says more. For technical support it lists <q>often some form of IT certification or training</q> among the skills required,
          and for specialized roles, such as medical coding or mortgage processing, it asks for <q>Industry-specific certifications or knowledge</q>. Role pages
          say which, role by role.
        </p>
        <h3 id="skill-levels" className="mt-6 text-xl font-semibold">
          The level each skill needs
        </h3>
        <p className="mt-2 leading-relaxed">
          The article says how good someone must be at a skill only a few times, so this guide uses one rule: {levelRule} A level that departs from the rule
          says why, on the role page and in the match: the article’s words where it asks for more (it wants <q>Excellent communication</q> from customer service
          representatives), or this guide’s reason, with its mark.
        </p>
        <p className="mt-4 leading-relaxed">
          The article does not speak of jobs people had before BPO, so the <a href="/backgrounds">pages on past jobs</a> are this guide’s reasoning throughout:
          each skill a job builds comes with its reason, and the article is quoted only where it says exactly that. So are the standard occupation codes
          (O*NET-SOC, ISCO-08, ESCO) on role pages, with how well each fits.
        </p>
      </PageSection>

      <PageSection id="figures" title="No invented figures" className="mt-8">
        <p className="mt-4 leading-relaxed">
          The site states only what its source supports. It gives no salaries, percentages, durations or other numbers that the article does not contain. The
          only figures it works out are about its own pages, such as a guide’s reading time.
        </p>
      </PageSection>

      <PageSection id="privacy" title="Your privacy" className="mt-8">
        <p className="mt-4 leading-relaxed">
          There are no cookies, no analytics and no tracking, and nothing is loaded from other websites. What you choose lives in the page’s address, so you can
          bookmark or share it, and in your own browser’s storage, which never leaves your device.
        </p>
      </PageSection>
    </article>
  );
}
