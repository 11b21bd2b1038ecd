import Link from '@/components/ui/link';
import { PageSection } from '@/components/ui/detail-section';
import { apiCachePolicy } from '@/lib/api/http';
import { dataLicence } from '@/lib/api/meta';
import type { ArticleCitation } from '@/lib/content/fingerprint';

/** How the API behaves, what its problems mean, and the data's licence and source. */
export function DataTerms({ article }: { article: ArticleCitation }) {
  return (
    <>
      <PageSection id="behaviour" title="How it answers" className="mt-10">
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            Every answer carries an <code>ETag</code>; send it back in <code>If-None-Match</code> and an unchanged answer comes back as{' '}
            <code>304 Not Modified</code> with no body. Answers from the content alone carry <code>Cache-Control: {apiCachePolicy.content}</code>; match and
            paths answers, one per query, <code>{apiCachePolicy.query}</code>. Problems are not cached.
          </li>
          <li>
            Any website may read it from a browser: <code>Access-Control-Allow-Origin: *</code> on GET and HEAD, the only methods there are.
          </li>
          <li>
            Each body says <code>&quot;apiVersion&quot;: &quot;1&quot;</code>, and so does the <code>API-Version</code> header. A change that breaks a client
            would come as /api/v2/.
          </li>
          <li>No cookies, no keys, nothing logged about who asks.</li>
        </ul>
        <h3 id="bad-parameters" className="mt-4 text-lg font-semibold">
          Parameters it cannot read: 400
        </h3>
        <p className="mt-1">
          Where a page would drop a parameter with a notice (an unknown skill, a level we do not know, a repeated or over-long value), the API answers{' '}
          <code>400</code> with an RFC 9457 problem document (<code>application/problem+json</code>) whose <code>notices</code> are the page’s own words, and{' '}
          <code>suggestions</code> where there is a close real value.
        </p>
        <h3 id="not-found" className="mt-4 text-lg font-semibold">
          Unknown slug: 404
        </h3>
        <p className="mt-1">
          An unknown role, skill or address answers <code>404</code> with a problem document whose <code>suggestions</code> link the closest real ones.
        </p>
      </PageSection>
      <PageSection id="licence" title="Licence and source" className="mt-10">
        <p className="mt-2">
          The data is published under the <a href={dataLicence.url}>{dataLicence.name}</a> licence ({dataLicence.spdx}): use it, share it and adapt it, naming
          this site as the source.
        </p>
        <p className="mt-2">
          It is based on the article <cite>“{article.title}”</cite>, published by {article.publisher} at <a href={article.address}>{article.address}</a>,
          rewritten in our own words; no salaries, percentages or durations are added. <Link href="/about">More about the sources</Link>.
        </p>
      </PageSection>
    </>
  );
}
