import type { Content, Role, Skill } from '@/lib/content/schemas';
import { levels, skillLevels, tracks } from '@/lib/content/enums';
import { seededRandom } from './hostile-urls';

/**
 * Seeded synthetic content for benchmarks: many roles, skills and growth edges shaped like the
 * real content. Generated on the fly, never committed as data.
 */
export function syntheticContent({
  roles: roleCount,
  skills: skillCount,
  edges: edgeCount,
  seed = 42,
}: {
  roles: number;
  skills: number;
  edges: number;
  seed?: number;
}): Content {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const skills: Skill[] = Array.from({ length: skillCount }, (_, i) => ({
    slug: `skill-${i}`,
    name: `Skill ${i}`,
    kind: i < 7 ? 'core' : 'role-specific',
    description: `Synthetic skill number ${i}.`,
    howToBuild: ['Practise it every day at work.'],
    howToShow: `Give an example of using synthetic skill ${i}.`,
    aliases: [],
    cvLine: `Used synthetic skill ${i} at work.`,
  }));
  const roles: Role[] = Array.from({ length: roleCount }, (_, i) => {
    const needed = new Set<string>();
    const wanted = 3 + Math.floor(random() * 6);
    while (needed.size < Math.min(wanted, skillCount)) needed.add(pick(skills).slug);
    return {
      slug: `role-${i}`,
      title: `Role ${i}`,
      track: pick(tracks),
      level: levels[Math.min(levels.length - 1, Math.floor((i / roleCount) * levels.length))]!,
      summary: `Synthetic role number ${i}.`,
      overview: ['A role generated for benchmarks.'],
      duties: [{ text: `Did the work of role ${i}`, builds: [...needed].slice(0, 2) }],
      workModes: [],
      skills: [...needed].map((skill) => ({ skill, level: pick(skillLevels), key: random() < 0.3 })),
      growth: [],
      reach: [],
      metrics: [],
      certifications: [],
      aliases: [],
    };
  });
  // Edges mostly point "up" (to a higher index), like promotions, with some back edges for cycles.
  const seen = new Set<string>();
  for (let made = 0; made < edgeCount; ) {
    const from = Math.floor(random() * roleCount);
    const to = random() < 0.9 ? Math.min(roleCount - 1, from + 1 + Math.floor(random() * 20)) : Math.floor(random() * roleCount);
    const key = `${from}>${to}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    roles[from]!.growth.push({ to: `role-${to}`, kind: 'promotion', takes: 'Practice.' });
    made++;
  }
  return {
    article: { title: 'A synthetic article', publisher: 'Nobody', address: 'https://example.org/article' },
    roles,
    backgrounds: [],
    skills,
    glossary: [],
    certifications: [],
    advice: [],
    guides: [],
  };
}
