import Link from '@/components/ui/link';
import type { MoveIn } from '@/lib/growth';
import { SuggestionMark } from '@/components/ui/provenance';
import { isEditorial } from '@/lib/content/editorial';
import { moveKindLabels } from '@/lib/labels';
import { Badge } from '@/components/ui/badge';
import { DetailSection, EmptyNote } from '@/components/ui/detail-section';

export function RoleOriginsSection({ steps }: { steps: MoveIn[] }) {
  // A first rung has no way in from another role; on paper that line only costs space.
  return (
    <div className={steps.length === 0 ? 'print:hidden' : undefined}>
      <DetailSection id="origins" title="Where people come from">
        {steps.length === 0 ? (
          <EmptyNote>No role in this guide leads here: it is a way into BPO.</EmptyNote>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 print:gap-0">
            {steps.map(({ from, kind, source }) => (
              <li
                key={from.slug}
                className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700 print:border-0 print:p-0"
              >
                <Link href={`/roles/${from.slug}`} className="font-semibold">
                  {from.title}
                </Link>
                <Badge tone="move">{moveKindLabels[kind]}</Badge>
                {isEditorial(source) && <SuggestionMark />}
              </li>
            ))}
          </ul>
        )}
      </DetailSection>
    </div>
  );
}
