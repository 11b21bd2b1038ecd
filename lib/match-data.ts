import type { Certification, Content, Role, Skill } from './content/schemas';
import { buildRoleGraph } from './graph';
import type { MatchRole, MatchSkill } from './match';
import { shortestPath } from './paths';
import { collectTasks, type Task } from './tasks';

// Server side only: lib/paths.ts (and through it the zod schemas) must not reach the browser, so
// the match page's data is prepared here and the browser receives plain values.

/**
 * What the match page sends the browser so it can rank as the person picks: a compact projection
 * of the content (no overviews, duties only as deduplicated tasks), serialisable as plain data.
 */
export interface MatchPageData {
  roles: (MatchRole & Pick<Role, 'growth' | 'certifications'>)[];
  skills: (MatchSkill & Pick<Skill, 'cvLine'>)[];
  tasks: Task[];
  certifications: Pick<Certification, 'slug' | 'name' | 'description'>[];
  /**
   * Fewest-moves routes (lib/paths.ts shortestPath) from each entry-level role to every role it
   * can reach, start and goal included: the browser picks the start as scores change.
   */
  entryRoutes: Record<string, Record<string, string[]>>;
}

export function matchPageData(content: Pick<Content, 'roles' | 'skills' | 'certifications'>): MatchPageData {
  const graph = buildRoleGraph(content.roles);
  const entryRoutes: Record<string, Record<string, string[]>> = {};
  for (const start of content.roles.filter((role) => role.level === 'entry')) {
    const routes: Record<string, string[]> = {};
    for (const goal of content.roles) {
      const route = goal.slug === start.slug ? undefined : shortestPath(graph, start.slug, goal.slug);
      if (route) routes[goal.slug] = route;
    }
    entryRoutes[start.slug] = routes;
  }
  return {
    roles: content.roles.map(({ slug, title, level, skills, growth, certifications }) => ({ slug, title, level, skills, growth, certifications })),
    skills: content.skills.map(({ slug, name, kind, cvLine }) => ({ slug, name, kind, cvLine })),
    tasks: collectTasks(content.roles),
    certifications: content.certifications.map(({ slug, name, description }) => ({ slug, name, description })),
    entryRoutes,
  };
}
