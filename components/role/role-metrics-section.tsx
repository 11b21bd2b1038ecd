import type { Content, Role } from '@/lib/content/schemas';
import { findTerm } from '@/lib/content/lookups';
import { DetailSection, EmptyNote } from './detail-section';
import { MetricName } from './metric-name';

export function RoleMetricsSection({ role, content }: { role: Role; content: Content }) {
  return (
    <DetailSection id="metrics" title="Metrics this role is judged on">
      {role.metrics.length === 0 ? (
        <EmptyNote>The article names no specific metrics for this role.</EmptyNote>
      ) : (
        <ul className="grid gap-4 print:gap-1">
          {role.metrics.map((slug) => {
            const term = findTerm(content, slug);
            return (
              <li key={slug}>
                <span className="font-semibold">
                  <MetricName slug={slug} term={term} />
                </span>
                {term && <p className="mt-1 print:mt-0 max-w-3xl text-slate-700 dark:text-slate-300">{term.definition}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </DetailSection>
  );
}
