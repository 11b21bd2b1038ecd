import Link from '@/components/ui/link';
import { PageQrCode } from '@/components/handout/page-qr-code';
import { PrintButton } from '@/components/handout/print-button';
import { SuggestionMark } from '@/components/ui/provenance';
import { ShareButton } from '@/components/ui/share-button';
import { mutedTextClass, primaryButtonClass } from '@/components/ui/styles';
import type { Background } from '@/lib/content/schemas';

/** "From retail cashier to BPO": the page a counselor sends a career changer. */
export function backgroundPageTitle(background: Pick<Background, 'title'>): string {
  return `From ${background.title.toLowerCase()} to BPO`;
}

export function BackgroundHeader({ background, matchHref }: { background: Background; matchHref: string }) {
  const path = `/backgrounds/${background.slug}`;
  return (
    <header className="flex flex-col gap-4 print:block">
      <PageQrCode path={path} />
      <nav aria-label="Breadcrumb" data-print="hide" className="text-sm">
        <Link href="/backgrounds">Jobs before BPO</Link>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl print:text-2xl">{backgroundPageTitle(background)}</h1>
      <p className={`max-w-3xl text-lg ${mutedTextClass} print:max-w-none print:text-base`}>{background.summary}</p>
      <p className={`max-w-3xl ${mutedTextClass}`}>Also called: {background.alternativeTitles.join(', ')}.</p>
      <p className="max-w-3xl rounded-lg border border-dashed border-amber-700 bg-amber-50 p-4 text-slate-900 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50 print:border-solid print:p-2">
        <SuggestionMark /> The article does not speak of past jobs, so everything on this page is this guide’s reasoning: which skills the job builds, how well,
        and why, with the reason given for each. Where the article says something that applies, it is quoted.
      </p>
      <div className="flex flex-wrap items-center gap-3" data-print="hide">
        <a href={matchHref} className={`${primaryButtonClass} no-underline`}>
          See your match with these skills
        </a>
        <ShareButton path={path} title={backgroundPageTitle(background)} before={<PrintButton label="Print this page" />} ownLine />
      </div>
    </header>
  );
}
