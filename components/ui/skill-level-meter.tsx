import { skillLevels } from '@/lib/content/enums';
import type { SkillLevel } from '@/lib/content/schemas';
import { skillLevelLabels } from '@/lib/labels';
import { mutedTextClass } from './styles';

/** A skill level as words, with three dots as a quick visual (hidden from screen readers). */
export function SkillLevelMeter({ level, label = 'Level needed' }: { level: SkillLevel; label?: string }) {
  const filled = skillLevels.indexOf(level) + 1;
  return (
    <span className={`inline-flex items-center gap-2 text-sm ${mutedTextClass} print:inline`}>
      <span aria-hidden="true" className="inline-flex gap-0.5 print:hidden">
        {skillLevels.map((l, i) => (
          <span key={l} className={`size-2 rounded-full ${i < filled ? 'bg-brand-600 dark:bg-sky-300' : 'bg-slate-300 dark:bg-slate-600'}`} />
        ))}
      </span>
      <span>
        <span className="print:hidden">{label}: </span>
        <strong className="font-semibold text-slate-900 dark:text-slate-100">{skillLevelLabels[level]}</strong>
      </span>
    </span>
  );
}
