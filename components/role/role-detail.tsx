import type { Content, Role } from '@/lib/content/schemas';
import { growthSteps, incomingSteps, reachSteps } from '@/lib/growth';
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
      <RoleGrowthSection steps={growthSteps(content, role)} content={content} />
      <RoleReachSection from={role.slug} steps={reachSteps(content, role)} />
      <RoleOriginsSection steps={incomingSteps(content, role)} />
      <RoleMetricsSection role={role} content={content} />
      <RoleCertificationsSection role={role} content={content} />
      <RoleExploreLinks role={role} />
      <PrintAddress path={`/roles/${role.slug}`} />
    </article>
  );
}
