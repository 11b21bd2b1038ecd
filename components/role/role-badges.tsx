import type { Role } from '@/lib/content/schemas';
import { roleLevelLabel, trackLabels, workModeLabels } from '@/lib/labels';
import { Badge } from '@/components/ui/badge';

/** Track, level (with what the role asks of a newcomer, if more) and, where the content says, how the work is done. */
export function RoleBadges({ role }: { role: Pick<Role, 'track' | 'level' | 'workModes'> & Partial<Pick<Role, 'requirement'>> }) {
  return (
    <ul aria-label="Role facts" className="flex flex-wrap gap-2">
      <li>
        <Badge tone="track">{trackLabels[role.track]}</Badge>
      </li>
      <li>
        <Badge tone="level">{roleLevelLabel(role)}</Badge>
      </li>
      {role.workModes.map((mode) => (
        <li key={mode}>
          <Badge tone="mode">{workModeLabels[mode]}</Badge>
        </li>
      ))}
    </ul>
  );
}
