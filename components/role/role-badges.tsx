import type { Role } from '@/lib/content/schemas';
import { levelLabels, trackLabels, workModeLabels } from '@/lib/labels';
import { Badge } from '@/components/ui/badge';

/** Track, level and (where the content says) how the work is done. */
export function RoleBadges({ role }: { role: Pick<Role, 'track' | 'level' | 'workModes'> }) {
  return (
    <ul aria-label="Role facts" className="flex flex-wrap gap-2">
      <li>
        <Badge tone="track">{trackLabels[role.track]}</Badge>
      </li>
      <li>
        <Badge tone="level">{levelLabels[role.level]}</Badge>
      </li>
      {role.workModes.map((mode) => (
        <li key={mode}>
          <Badge tone="mode">{workModeLabels[mode]}</Badge>
        </li>
      ))}
    </ul>
  );
}
