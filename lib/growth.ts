import type { Content, Growth, Provenance, Role } from './content/schemas';
import { buildRoleGraph, incomingRoles } from './graph';
import { shortestRoute, skillsToGainAlongRoute, type SkillToGain } from './paths';

/**
 * Skills the next role needs that the current one does not, or needs at a higher level than the
 * current one asks for: what a person has to add to make the move. One move of a route, so the
 * rule lives in lib/paths.ts.
 */
export function skillsToGain(from: Pick<Role, 'slug' | 'skills'>, to: Pick<Role, 'slug' | 'skills'>): SkillToGain[] {
  return skillsToGainAlongRoute([from, to], [from.slug, to.slug])[0] ?? [];
}

export interface MoveOut {
  target: Role;
  kind: Growth['kind'];
  takes: string;
  /** Whether the article makes this move (with its words) or this guide suggests it (with the reason). */
  source: Provenance | undefined;
  skillsToGain: SkillToGain[];
  /** The next role's metrics: the article's advice is to understand the metrics that matter and how to improve them. */
  metricsToMaster: string[];
  /** Where the move leads next (two moves on), so the ladder shows past its first rung; each onward move with its source. */
  leadsOn: { slug: string; title: string; kind: Growth['kind']; source: Provenance | undefined }[];
}

/** Each move out of a role with what it takes; moves to unknown roles are left out. */
export function movesOut(content: Pick<Content, 'roles'>, role: Role): MoveOut[] {
  const steps: MoveOut[] = [];
  for (const move of role.growth) {
    const target = content.roles.find((r) => r.slug === move.to);
    if (!target) continue;
    // A move straight back to the role the person holds now is no step further up.
    const leadsOn = target.growth.flatMap((onward) => {
      const next = onward.to === role.slug ? undefined : content.roles.find((r) => r.slug === onward.to);
      return next ? [{ slug: next.slug, title: next.title, kind: onward.kind, source: onward.source }] : [];
    });
    steps.push({
      target,
      kind: move.kind,
      takes: move.takes,
      source: move.source,
      skillsToGain: skillsToGain(role, target),
      metricsToMaster: target.metrics,
      leadsOn,
    });
  }
  return steps;
}

export interface MoveIn {
  /** The role the move starts from. */
  from: Role;
  kind: Growth['kind'];
  /** Whether the article makes this move (with its words) or this guide suggests it (with the reason). */
  source: Provenance | undefined;
}

/** The roles people move into this one from, with the kind of move. */
export function movesIn(content: Pick<Content, 'roles'>, role: Pick<Role, 'slug'>): MoveIn[] {
  const graph = buildRoleGraph(content.roles);
  const moves: MoveIn[] = [];
  for (const slug of incomingRoles(graph, role.slug)) {
    const from = content.roles.find((r) => r.slug === slug);
    const move = from?.growth.find((g) => g.to === role.slug);
    if (from && move) moves.push({ from, kind: move.kind, source: move.source });
  }
  return moves;
}

export interface ReachTarget {
  target: Role;
  /** The article's words naming the destination, or this guide's reason. */
  source: Provenance;
  /** The roles between this one and the target on the shortest route, in order: the rungs to climb. */
  through: Role[];
  /** Moves on that route. */
  moves: number;
}

/** Where a role's path can lead over a career, each with the rungs the shortest route climbs on the way. */
export function reachOf(content: Pick<Content, 'roles'>, role: Role): ReachTarget[] {
  const graph = buildRoleGraph(content.roles);
  const bySlug = new Map(content.roles.map((r) => [r.slug, r]));
  return role.reach.flatMap(({ to, source }) => {
    const target = bySlug.get(to);
    const route = target ? shortestRoute(graph, role.slug, to) : undefined;
    if (!target || !route) return [];
    return [{ target, source, through: route.slice(1, -1).flatMap((slug) => bySlug.get(slug) ?? []), moves: route.length - 1 }];
  });
}
