import Link from '@/components/ui/link';
import { DetailSection } from '@/components/ui/detail-section';
import { SourceNote, SuggestionMark } from '@/components/ui/provenance';
import { isEditorial } from '@/lib/content/editorial';
import type { ReachTarget } from '@/lib/growth';
import { levelLabels } from '@/lib/labels';
import { pathsHref } from '@/lib/params/paths';
import { mutedTextClass } from '@/components/ui/styles';

/**
 * "Or even …": where a path can lead over a career, kept apart from the moves so nobody reads a
 * destination two rungs up as a single step. Each names the rungs on the way and links the route.
 */
export function RoleReachSection({ from, steps }: { from: string; steps: ReachTarget[] }) {
  if (steps.length === 0) return null;
  return (
    <DetailSection
      id="reach"
      title="Where this path can lead over a career"
      intro="Not a single step: each is reached one rung at a time, through the moves above."
    >
      <ul className="grid gap-3 print:gap-1">
        {steps.map((step) => (
          <li key={step.target.slug} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700 print:border-0 print:p-0">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h3 className="text-lg font-semibold print:text-base">
                <Link href={`/roles/${step.target.slug}`}>{step.target.title}</Link>
              </h3>
              <span className={`text-sm ${mutedTextClass}`}>{levelLabels[step.target.level]}</span>
              {isEditorial(step.source) && <SuggestionMark />}
            </div>
            <p className="mt-1">
              {step.moves} moves, through {step.through.map((r) => r.title).join(', then ')}.{' '}
              <Link href={pathsHref({ from, to: step.target.slug })} className="print:hidden">
                See the route<span className="sr-only"> to {step.target.title}</span>
              </Link>
            </p>
            <SourceNote source={step.source} />
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
