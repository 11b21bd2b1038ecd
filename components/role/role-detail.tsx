import Link from 'next/link';
import type { Content, Role } from '@/lib/content/schemas';
import { findRole, findSkill } from '@/lib/content/lookups';
import { levelLabels, trackLabels } from '@/lib/labels';

export function RoleDetail({ role, content }: { role: Role; content: Content }) {
  return (
    <article>
      <h1 className="text-3xl font-bold">{role.title}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {trackLabels[role.track]} · {levelLabels[role.level]}
      </p>
      <section aria-labelledby="what-heading" className="mt-6">
        <h2 id="what-heading" className="text-xl font-semibold">What the role does</h2>
        {role.overview.map((p) => <p key={p} className="mt-2">{p}</p>)}
        <ul className="mt-2 list-disc pl-6">{role.duties.map((d) => <li key={d.text}>{d.text}</li>)}</ul>
      </section>
      <section aria-labelledby="skills-heading" className="mt-6">
        <h2 id="skills-heading" className="text-xl font-semibold">Skills required</h2>
        <ul className="mt-2 list-disc pl-6">
          {role.skills.map((s) => <li key={s.skill}>{findSkill(content, s.skill)?.name}</li>)}
        </ul>
      </section>
      <section aria-labelledby="growth-heading" className="mt-6">
        <h2 id="growth-heading" className="text-xl font-semibold">How to grow from here</h2>
        <ul className="mt-2 list-disc pl-6">
          {role.growth.map((g) => (
            <li key={g.to}><Link href={`/roles/${g.to}`}>{findRole(content, g.to)?.title}</Link>: {g.takes}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
