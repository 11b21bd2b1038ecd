import type { Content, Role } from '@/lib/content/schemas';
import { SourcedItem } from '@/components/ui/provenance';
import { findCertification } from '@/lib/content/lookups';
import { DetailSection, EmptyNote } from '@/components/ui/detail-section';
import { mutedTextClass } from '@/components/ui/styles';

export function RoleCertificationsSection({ role, content }: { role: Role; content: Content }) {
  return (
    <DetailSection
      id="certifications"
      title="Certifications that help"
      intro={
        role.certifications.length === 0
          ? undefined
          : role.requirement
            ? `This role asks for ${role.requirement.text}: a certification is one way in, knowledge of the field the other.`
            : 'Each can help; the line under each says what the article says of it, or why this guide suggests it.'
      }
    >
      {role.certifications.length === 0 ? (
        <EmptyNote>The article names no certifications for this role, and this guide suggests none.</EmptyNote>
      ) : (
        <ul className="grid gap-4 print:gap-1">
          {role.certifications.map((slug) => {
            const certification = findCertification(content, slug);
            const source = role.certificationSources?.[slug];
            return (
              <SourcedItem
                key={slug}
                name={
                  <>
                    {certification?.name ?? slug}
                    {certification?.abbreviation && certification.abbreviation !== certification.name && ` (${certification.abbreviation})`}
                  </>
                }
                source={source}
              >
                {certification && <p className={`max-w-3xl ${mutedTextClass}`}>{certification.description}</p>}
              </SourcedItem>
            );
          })}
        </ul>
      )}
    </DetailSection>
  );
}
