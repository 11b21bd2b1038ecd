import type { Content, Role } from '@/lib/content/schemas';
import { SourcedItem } from '@/components/ui/provenance';
import { findTerm } from '@/lib/content/lookups';
import { DetailSection, EmptyNote } from '@/components/ui/detail-section';
import { MetricName } from './metric-name';
import { mutedTextClass } from '@/components/ui/styles';

export function RoleMetricsSection({ role, content }: { role: Role; content: Content }) {
  return (
    <DetailSection id="metrics" title="Metrics this role is judged on">
      {role.metrics.length === 0 ? (
        <EmptyNote>The article names no metrics for this role, and this guide suggests none.</EmptyNote>
      ) : (
        <ul className="grid gap-4 print:gap-1">
          {role.metrics.map((slug) => {
            const term = findTerm(content, slug);
            const source = role.metricSources?.[slug];
            return (
              <SourcedItem key={slug} name={<MetricName slug={slug} term={term} />} source={source}>
                {/* Paper names the metric; the printed footer points to the glossary for its meaning. */}
                {term && <p className={`max-w-3xl print:hidden ${mutedTextClass}`}>{term.definition}</p>}
              </SourcedItem>
            );
          })}
        </ul>
      )}
    </DetailSection>
  );
}
