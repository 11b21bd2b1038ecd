import type { Metadata } from 'next';
import Link from '@/components/ui/link';

export const metadata: Metadata = {
  title: 'About',
  description: 'Where this site’s content comes from, and what it does not do: no invented figures, no cookies, no tracking.',
  alternates: { canonical: '/about' },
};

export default function AboutPage() {
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold">About this site</h1>
      <p className="mt-4 leading-relaxed">
        This site helps people explore careers in business process outsourcing (BPO): what each role involves, the skills it
        takes and where it can lead.
      </p>

      <section aria-labelledby="sources-heading" className="mt-8">
        <h2 id="sources-heading" className="text-2xl font-semibold">
          Where the content comes from
        </h2>
        <p className="mt-4 leading-relaxed">
          Everything here is based on the article <cite>“What Is BPO Experience: Career Paths and Skill Sets”</cite>, rewritten in
          our own words and organised into <Link href="/roles">roles</Link>, skills, <Link href="/guides">guides</Link> and a{' '}
          <Link href="/glossary">glossary</Link>. The article draws on these sources:
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
      </section>

      <section aria-labelledby="figures-heading" className="mt-8">
        <h2 id="figures-heading" className="text-2xl font-semibold">
          No invented figures
        </h2>
        <p className="mt-4 leading-relaxed">
          The site states only what its source supports. It gives no salaries, percentages, durations or other numbers that the
          article does not contain. The only figures it works out are about its own pages, such as a guide’s reading time.
        </p>
      </section>

      <section aria-labelledby="privacy-heading" className="mt-8">
        <h2 id="privacy-heading" className="text-2xl font-semibold">
          Your privacy
        </h2>
        <p className="mt-4 leading-relaxed">
          There are no cookies, no analytics and no tracking, and nothing is loaded from other websites. What you choose lives in the
          page’s address, so you can bookmark or share it, and in your own browser’s storage, which never leaves your device.
        </p>
      </section>
    </article>
  );
}
