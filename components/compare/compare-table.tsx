import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { SuggestionMark } from '@/components/ui/provenance';
import type { ComparedRole, SkillComparisonRow } from '@/lib/compare';
import { isEditorial } from '@/lib/content/editorial';
import { roleLevelLabel, skillLevelLabels, trackLabels } from '@/lib/labels';
import { mutedTextClass } from '@/components/ui/styles';
const cell = 'border-b border-slate-200 p-3 align-top dark:border-slate-700';
const rowHeader = `${cell} w-40 text-left font-semibold`;

/** A table that scrolls sideways on narrow screens, inside a labelled, focusable region. */
function ScrollingTable({ id, caption, children }: { id: string; caption: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so a keyboard user can scroll a table wider than the screen (WCAG 2.1.1)
    <section aria-labelledby={id} tabIndex={0} className="mt-4 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="w-full min-w-[36rem] border-collapse text-left">
        <caption id={id} className="p-3 text-left text-xl font-semibold">
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}

function RoleHeadings({ roles, corner }: { roles: readonly ComparedRole[]; corner: string }) {
  return (
    <thead>
      <tr>
        <td className={cell}>
          <span className="sr-only">{corner}</span>
        </td>
        {roles.map((role) => (
          <th key={role.slug} scope="col" className={`${cell} text-lg font-semibold`}>
            <Link href={`/roles/${role.slug}`}>{role.title}</Link>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Two or three roles side by side: what they do, level, track and where they lead. */
export function CompareOverview({ roles }: { roles: readonly ComparedRole[] }) {
  const rows: { label: string; render: (role: ComparedRole) => ReactNode }[] = [
    { label: 'What they do', render: (role) => role.summary },
    { label: 'Level', render: (role) => roleLevelLabel(role) },
    { label: 'Track', render: (role) => trackLabels[role.track] },
    {
      label: 'Leads to',
      render: (role) =>
        role.leadsTo.length ? (
          <ul className="list-disc pl-5">
            {role.leadsTo.map((target) => (
              <li key={target.slug}>
                <Link href={`/roles/${target.slug}`}>{target.title}</Link>
                {isEditorial(target.source) && (
                  <>
                    {' '}
                    <SuggestionMark />
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          'No further step listed'
        ),
    },
  ];
  return (
    <ScrollingTable id="compare-overview-caption" caption="Overview">
      <RoleHeadings roles={roles} corner="Aspect" />
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" className={rowHeader}>
              {row.label}
            </th>
            {roles.map((role) => (
              <td key={role.slug} className={cell}>
                {row.render(role)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}

function SkillRows({ rows, roles }: { rows: readonly SkillComparisonRow[]; roles: readonly ComparedRole[] }) {
  return rows.map((row) => (
    <tr key={row.skill}>
      <th scope="row" className={rowHeader}>
        <Link href={`/skills/${row.skill}`}>{row.name}</Link>
      </th>
      {roles.map((role, index) => {
        const need = row.needs[index];
        return (
          <td key={role.slug} className={cell}>
            {need ? (
              <>
                {skillLevelLabels[need.level]}
                {need.key && <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-sm text-slate-950">key skill</span>}
              </>
            ) : (
              <span className={mutedTextClass}>Not needed</span>
            )}
          </td>
        );
      })}
    </tr>
  ));
}

/** The skills each role needs, shared ones first, each marked in words (not only by colour). */
export function CompareSkills({
  roles,
  shared,
  different,
}: {
  roles: readonly ComparedRole[];
  shared: readonly SkillComparisonRow[];
  different: readonly SkillComparisonRow[];
}) {
  const groupHeader = 'bg-slate-100 p-3 text-left font-bold dark:bg-slate-800';
  return (
    <ScrollingTable id="compare-skills-caption" caption="Skills, and the level each role needs">
      <RoleHeadings roles={roles} corner="Skill" />
      <tbody>
        <tr>
          <th scope="colgroup" colSpan={roles.length + 1} className={groupHeader}>
            Shared skills: needed by {roles.length === 2 ? 'both roles' : 'all three roles'} ({shared.length})
          </th>
        </tr>
        {shared.length ? (
          <SkillRows rows={shared} roles={roles} />
        ) : (
          <tr>
            <td colSpan={roles.length + 1} className={cell}>
              No skill is needed by every role.
            </td>
          </tr>
        )}
      </tbody>
      <tbody>
        <tr>
          <th scope="colgroup" colSpan={roles.length + 1} className={groupHeader}>
            Different skills: needed by only {roles.length === 2 ? 'one of them' : 'some of them'} ({different.length})
          </th>
        </tr>
        <SkillRows rows={different} roles={roles} />
      </tbody>
    </ScrollingTable>
  );
}
