import type { Content } from '@/lib/content/schemas';
import type { MoveOut } from '@/lib/growth';
import { DetailSection, EmptyNote } from '@/components/ui/detail-section';
import { GrowthStepCard } from './growth-step-card';

export function RoleGrowthSection({ steps, content }: { steps: MoveOut[]; content: Content }) {
  return (
    <DetailSection
      id="growth"
      title="How to grow from here"
      intro={
        steps.length > 0
          ? 'Each move quotes the article, or is marked as this guide’s suggestion with the reason. The article’s advice for moving up: understand the metrics that matter and know how to improve them.'
          : undefined
      }
    >
      {steps.length === 0 ? (
        <EmptyNote>This guide lists no further moves from this role.</EmptyNote>
      ) : (
        <ul className="grid gap-4 print:gap-2">
          {steps.map((step) => (
            <li key={step.target.slug}>
              <GrowthStepCard step={step} content={content} />
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
