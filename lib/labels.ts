import type { Level, MoveKind, SkillLevel, Track, WorkMode } from './content/schemas';

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
