import type { Role } from '@/lib/content/schemas';
import { DetailSection } from '@/components/ui/detail-section';

export function RoleDutiesSection({ role }: { role: Role }) {
  return (
    <DetailSection id="what" title="What the role does">
      <div className="flex max-w-3xl flex-col gap-4 leading-relaxed print:max-w-none print:gap-1 print:leading-snug">
        {role.overview.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <h3 className="mt-6 text-lg font-semibold print:mt-2 print:text-base">Duties</h3>
      <ul className="mt-3 grid max-w-3xl gap-2 print:mt-1 print:max-w-none print:grid-cols-2 print:gap-x-6 print:gap-y-0">
        {role.duties.map((duty) => (
          <li key={duty.text} className="flex gap-3">
            <span aria-hidden="true" className="mt-2.5 size-1.5 shrink-0 rounded-full bg-brand-600 dark:bg-sky-300 print:hidden" />
            <span>{duty.text}</span>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
