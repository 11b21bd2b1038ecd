import { OccupationCodesSection } from '@/components/occupation/occupation-codes-section';
import type { Content, Role } from '@/lib/content/schemas';
import { movesOut, movesIn, reachOf } from '@/lib/growth';
import { PrintAddress } from './print-address';
import { RoleCertificationsSection } from './role-certifications-section';
import { RoleDutiesSection } from './role-duties-section';
import { RoleExploreLinks } from './role-explore-links';
import { RoleGrowthSection } from './role-growth-section';
import { RoleHeader } from './role-header';
import { RoleMetricsSection } from './role-metrics-section';
import { RoleOriginsSection } from './role-origins-section';
import { RoleReachSection } from './role-reach-section';
import { RoleSkillsSection } from './role-skills-section';

export function RoleDetail({ role, content }: { role: Role; content: Content }) {
  return (
    <article className="flex flex-col gap-10 print:gap-3">
      <RoleHeader role={role} />
      <RoleDutiesSection role={role} />
      <RoleSkillsSection role={role} content={content} />
      <RoleGrowthSection steps={movesOut(content, role)} content={content} />
      <RoleReachSection from={role.slug} steps={reachOf(content, role)} />
      <RoleOriginsSection steps={movesIn(content, role)} />
      <RoleMetricsSection role={role} content={content} />
      <RoleCertificationsSection role={role} content={content} />
      {role.occupations && <OccupationCodesSection codes={role.occupations} job="this role" />}
      <RoleExploreLinks role={role} />
      <PrintAddress path={`/roles/${role.slug}`} />
    </article>
  );
}
