import type { Level, MoveKind, Role, SkillLevel, Track, WorkMode } from './content/schemas';

/** Human words for the content's enum values: one place, shared by every page. */
export const trackLabels: Record<Track, string> = {
  'front-office': 'Front office',
  'back-office': 'Back office',
  'quality-and-training': 'Quality and training',
  leadership: 'Leadership',
  specialized: 'Specialized',
  'beyond-bpo': 'Beyond BPO',
};

export const levelLabels: Record<Level, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  executive: 'Executive',
};

/** A role's level as a reader needs it: with what the role asks of a newcomer, where it asks more than the level. */
export function roleLevelLabel(role: Pick<Role, 'level'> & Partial<Pick<Role, 'requirement'>>): string {
  return role.requirement ? `${levelLabels[role.level]}, with ${role.requirement.text}` : levelLabels[role.level];
}

export const workModeLabels: Record<WorkMode, string> = {
  voice: 'Voice',
  chat: 'Chat',
  email: 'Email',
  'non-voice': 'Non-voice back office',
};

export const skillLevelLabels: Record<SkillLevel, string> = {
  basic: 'Basic',
  working: 'Working',
  strong: 'Strong',
};

export const moveKindLabels: Record<MoveKind, string> = {
  promotion: 'Promotion',
  lateral: 'Lateral move',
  specialization: 'Specialization',
  'beyond-bpo': 'Move beyond BPO',
};

/** Names as one line of running text ("Leadership, Coaching"), as the match's lists and handout write them. */
export function nameList(items: readonly { name: string }[]): string {
  return items.map((item) => item.name).join(', ');
}
