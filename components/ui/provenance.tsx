import type { ReactNode } from 'react';
import { isEditorial } from '@/lib/content/editorial';
import type { Provenance } from '@/lib/content/schemas';
import { mutedTextClass } from './styles';

// One look and one wording, everywhere a claim can be this guide's own rather than the article's
// (role pages, the graph and its list, route plans, the match, the comparison, handouts; /about
// explains it), so a reader learns it once.
export const suggestionLabel = 'This guide’s suggestion';

/** Marks a move, metric, certification or key skill the article does not state. Words, not colour, carry it. */
export function SuggestionMark() {
  return (
    <span className="inline-flex items-center whitespace-nowrap rounded-full border border-dashed border-amber-700 bg-amber-50 px-2.5 py-0.5 text-xs font-semibold text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50 print:border-solid">
      {suggestionLabel}
    </span>
  );
}

/** What introduces a claim's source (or a skill level's): the article's words, or this guide's reason. */
function sourceLead(source: Provenance, about: keyof typeof noteOpenings = 'claim'): string {
  return 'article' in source ? noteOpenings[about].article : noteOpenings[about].editorial;
}

/** The source itself: the article's words as a quote, or this guide's reason. */
function SourceWords({ source }: { source: Provenance }) {
  return 'article' in source ? (
    <q className="italic">{source.article}</q>
  ) : (
    <>
      {source.editorial}
      <GeneralWords source={source} />
    </>
  );
}

/** Where the article says something only of BPO work as a whole: its words, after this guide's reason. */
function GeneralWords({ source }: { source: Provenance }) {
  if (!('general' in source) || !source.general) return null;
  return (
    <>
      {' '}
      The article, of BPO work as a whole: <q className="italic">{source.general}</q>
    </>
  );
}

/** How a note opens, for a claim (a move, a key skill, a metric) or for a skill's level. */
const noteOpenings = {
  claim: { article: 'From the article', editorial: 'Why this guide suggests it' },
  level: { article: 'This level, from the article', editorial: 'Why this guide asks this level' },
} as const;

/**
 * One short line under a claim: the article's words behind it, or this guide's reason for it. Paper
 * keeps only the mark, so a role fits two pages; the printed footer says where the reasons are.
 */
export function SourceNote({ source, about = 'claim' }: { source: Provenance | undefined; about?: keyof typeof noteOpenings }) {
  if (!source) return null;
  return (
    <p className={`mt-1 text-sm ${mutedTextClass} print:hidden`} data-source={'article' in source ? 'article' : 'editorial'}>
      {sourceLead(source, about)}: <SourceWords source={source} />
    </p>
  );
}

/** The same note as a row of a definition list (a move's card): the lead as the term, the words as its detail. */
export function SourceRow({ source }: { source: Provenance | undefined }) {
  if (!source) return null;
  return (
    // Paper keeps the mark only, as for SourceNote.
    <div className="print:hidden">
      <dt className="font-semibold">{sourceLead(source)}</dt>
      <dd className={`mt-1 ${mutedTextClass}`}>
        <SourceWords source={source} />
      </dd>
    </div>
  );
}

/** A claim in a role's list (a metric, a certification): its name, marked when it is this guide's suggestion, what it is, and where it comes from. */
export function SourcedItem({ name, source, children }: { name: ReactNode; source: Provenance | undefined; children?: ReactNode }) {
  return (
    <li className="flex flex-col gap-1">
      <span className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{name}</span>
        {/* Checked here rather than with lib/content/provenance.ts, which brings zod into the match page's script. */}
        {isEditorial(source) && <SuggestionMark />}
      </span>
      {children}
      <SourceNote source={source} />
    </li>
  );
}
