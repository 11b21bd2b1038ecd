import Link from '@/components/ui/link';
import type { Content, Role } from '@/lib/content/schemas';
import { SourceNote, SuggestionMark } from '@/components/ui/provenance';
import { isEditorial } from '@/lib/content/editorial';
import { levelBasis } from '@/lib/content/level-rule';
import { findSkill } from '@/lib/content/lookups';
import { Badge } from '@/components/ui/badge';
import { DetailSection } from '@/components/ui/detail-section';
import { SkillLevelMeter } from '@/components/ui/skill-level-meter';

export function RoleSkillsSection({ role, content }: { role: Role; content: Content }) {
  return (
    <DetailSection
      id="skills"
      title="Skills required"
      intro={
        <>
          Each skill with the level this role needs. Levels follow <Link href="/about#skill-levels">one rule</Link>; a level that departs from it says why. Core
          skills are the seven that every BPO job draws on; the others are specific to this kind of work. Key skills say who calls them key: the article, or
          this guide.
        </>
      }
    >
      <ul data-print-links="plain" className="grid gap-3 sm:grid-cols-2 print:block">
        {role.skills.map((need) => {
          const skill = findSkill(content, need.skill);
          return (
            <li
              key={need.skill}
              data-level-basis={levelBasis(need)}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700 print:inline print:border-0 print:p-0 print:after:content-[';_'] print:last:after:content-none"
            >
              <span className="flex flex-wrap items-center gap-2 print:inline">
                <Link href={`/skills/${need.skill}`} className="font-semibold">
                  {skill?.name ?? need.skill}
                </Link>
                {skill?.kind === 'core' && <Badge tone="core">Core skill</Badge>}
                {need.key && <Badge tone="level">Key skill</Badge>}
                {need.key && isEditorial(need.source) && <SuggestionMark />}
              </span>{' '}
              <SkillLevelMeter level={need.level} />
              {need.levelSource && (
                <div className="print:hidden">
                  {isEditorial(need.levelSource) && <SuggestionMark />}
                  <SourceNote source={need.levelSource} about="level" />
                </div>
              )}
              {need.key && (
                <div className="print:hidden">
                  <SourceNote source={need.source} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </DetailSection>
  );
}
