'use client';

import Link from '@/components/ui/link';
import { SuggestionMark } from '@/components/ui/provenance';
import { mutedTextClass } from '@/components/ui/styles';
import { growthGraph } from '@/generated/growth-graph';
import { moveKindLabels, trackLabels } from '@/lib/labels';
import { graphRolesBySlug } from './role-graph';

/**
 * The graph's accessible equivalent: each role and the moves out of it, in the graph's order. A
 * client component reading the graph from its cached chunk, so the page sends nothing for it.
 */
export function GrowthList() {
  const { layout } = growthGraph;
  return (
    <section aria-labelledby="growth-list-heading" className="skip-offscreen mt-10">
      <h2 id="growth-list-heading" className="text-2xl font-bold">
        Every move, as a list
      </h2>
      <p className={`mt-2 ${mutedTextClass}`}>The same information as the graph, role by role.</p>
      <ul className="mt-3 space-y-2">
        {layout.nodes.map(({ slug }) => {
          const role = graphRolesBySlug.get(slug);
          if (!role) return null;
          const moves = layout.edges.filter((e) => e.from === slug);
          return (
            <li key={slug}>
              <Link href={`/roles/${slug}`}>{role.title}</Link> <span className={mutedTextClass}>({trackLabels[role.track]})</span>
              {moves.length === 0 ? (
                ': no further moves listed.'
              ) : (
                <>
                  {': you can move to '}
                  {moves.map((move, i) => (
                    <span key={move.to}>
                      {i > 0 && (i === moves.length - 1 ? ' or ' : ', ')}
                      <Link href={`/roles/${move.to}`}>{graphRolesBySlug.get(move.to)?.title ?? move.to}</Link> ({moveKindLabels[move.kind].toLowerCase()})
                      {move.suggested && (
                        <>
                          {' '}
                          <SuggestionMark />
                        </>
                      )}
                    </span>
                  ))}
                  .
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
