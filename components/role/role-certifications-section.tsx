import type { Content, Role } from '@/lib/content/schemas';
import { findCertification } from '@/lib/content/lookups';
import { DetailSection, EmptyNote } from './detail-section';

export function RoleCertificationsSection({ role, content }: { role: Role; content: Content }) {
  return (
    <DetailSection id="certifications" title="Certifications that help">
      {role.certifications.length === 0 ? (
        <EmptyNote>The article names no certifications for this role.</EmptyNote>
      ) : (
        <ul className="grid gap-4 print:gap-1">
          {role.certifications.map((slug) => {
            const certification = findCertification(content, slug);
            return (
              <li key={slug}>
                <span className="font-semibold">
                  {certification?.name ?? slug}
                  {certification?.abbreviation && certification.abbreviation !== certification.name && ` (${certification.abbreviation})`}
                </span>
                {certification && <p className="mt-1 print:mt-0 max-w-3xl text-slate-700 dark:text-slate-300">{certification.description}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </DetailSection>
  );
}
