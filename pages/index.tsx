import Link from '@/components/ui/link';
import { PageSection } from '@/components/ui/detail-section';
import { RoleCard } from '@/components/role/role-card';
import type { GetStaticProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { getContent } from '@/lib/content/load';
import type { Content } from '@/lib/content/schemas';
import { mutedTextClass } from '@/components/ui/styles';

const waysIn = [
  { href: '/roles', title: 'Browse roles', text: 'What each BPO job is, what it takes and where it leads.' },
  { href: '/match', title: 'Match my skills', text: 'Pick what you can already do and see the roles that fit, and the gap to each.' },
  { href: '/paths', title: 'Explore career paths', text: 'See how roles grow into others and plan a route to the one you want.' },
];

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ content: Content }> = () => ({ props: { content: getContent() } });

export default function HomePage({ content }: { content: Content }) {
  const { roles, skills, guides } = content;
  const entryRoles = roles.filter((role) => role.level === 'entry');
  const coreSkills = skills.filter((skill) => skill.kind === 'core');
  return (
    <div className="space-y-12">
      <PageHead path="/" />
      <section aria-labelledby="intro-heading">
        <h1 id="intro-heading" className="text-4xl font-bold tracking-tight sm:text-5xl">
          Where can a BPO job take you?
        </h1>
        <p className={`mt-4 max-w-2xl text-lg ${mutedTextClass}`}>
          Business Process Outsourcing is work a company hands to a specialist provider: customer support, technical help, payroll, data entry and more. A BPO
          career can start at entry level and lead on to team leadership, operations management and specialist careers. Explore {roles.length} roles, the skills
          each one takes and the roles it leads to.
        </p>
      </section>

      <nav aria-labelledby="ways-in-heading">
        <h2 id="ways-in-heading" className="sr-only">
          Three ways in
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {waysIn.map((way) => (
            <li
              key={way.href}
              className="relative rounded-xl border border-slate-200 p-5 hover:border-brand-600 dark:border-slate-700 dark:hover:border-sky-300"
            >
              <h3 className="text-lg font-semibold">
                <Link href={way.href} className="no-underline after:absolute after:inset-0 hover:underline">
                  {way.title}
                </Link>
              </h3>
              <p className={`mt-2 ${mutedTextClass}`}>{way.text}</p>
            </li>
          ))}
        </ul>
      </nav>

      <PageSection id="entry" title="Places to start">
        <p className={`mt-2 ${mutedTextClass}`}>
          Entry-level roles, where a BPO career can start. The specialized ones ask for knowledge of their field or a certification in it.
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {entryRoles.map((role) => (
            <li key={role.slug}>
              <RoleCard role={role} />
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="core" title="The seven skills every BPO role draws on">
        <ul className="mt-4 flex flex-wrap gap-2">
          {coreSkills.map((skill) => (
            <li key={skill.slug}>
              <Link
                href={`/skills/${skill.slug}`}
                className="inline-block rounded-full border border-slate-300 px-3 py-1 no-underline hover:border-brand-600 dark:border-slate-600"
              >
                {skill.name}
              </Link>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="guides" title="New to BPO? Start with the basics">
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {guides.map((guide) => (
            <li key={guide.slug}>
              <h3 className="font-semibold">
                <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
              </h3>
              <p className={`mt-1 ${mutedTextClass}`}>{guide.summary}</p>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          Terms such as AHT, CSAT or SLA are explained in the <Link href="/glossary">glossary</Link>.
        </p>
      </PageSection>
    </div>
  );
}
