import { suggestionLabel } from '@/components/ui/provenance';
import { absoluteUrl, siteName } from '@/lib/site';

/** Shown only on paper: where the handout came from, since printed links are relative paths. */
export function PrintAddress({ path }: { path: string }) {
  return (
    <p data-print="show" className="mt-10 hidden border-t border-slate-300 pt-3 text-sm print:mt-2 print:pt-1">
      {siteName}: {absoluteUrl(path)}. Addresses in brackets are on the same site. Skills and metrics named here are explained at {absoluteUrl('/skills')} and{' '}
      {absoluteUrl('/glossary')}. Items marked “{suggestionLabel}” are not named in the article; the page online quotes the article for the rest and gives this
      guide’s reason for each mark.
    </p>
  );
}
