import { buildRoleGraph, reachableByDistance } from '../graph';
import { levels, roleLevelRank } from './enums';
import type { Growth, MoveKind, Role } from './schemas';

// The career ladder as content rules: a move climbs at most one rung, its kind agrees with the
// levels, and where a path can lead further ("or even …") is a reach statement, reached through
// moves. Nesta's Career Causeways counts a transition as viable only when the preparation level
// changes by at most one; a counselor says the same: one rung at a time.

/** The rungs a move of each kind may climb: a promotion exactly one, a lateral move none. */
const rungsClimbed: Readonly<Record<MoveKind, readonly number[]>> = {
  promotion: [1],
  lateral: [0],
  specialization: [0, 1],
  'beyond-bpo': [0, 1],
};

/** The kind a move climbing this many rungs should have, for the validator's suggestion. */
function kindFor(climb: number): MoveKind | undefined {
  return climb === 1 ? 'promotion' : climb === 0 ? 'lateral' : undefined;
}

export interface LadderProblem {
  role: string;
  path: string;
  message: string;
}

type LadderRole = Pick<Role, 'slug' | 'level'> & { growth: readonly Pick<Growth, 'to' | 'kind'>[]; reach: readonly { to: string }[] };

/** Every move and reach statement that breaks the ladder, with a suggestion for the author. */
export function ladderProblems(roles: readonly LadderRole[]): LadderProblem[] {
  const bySlug = new Map(roles.map((r) => [r.slug, r]));
  const graph = buildRoleGraph(roles);
  const problems: LadderProblem[] = [];
  for (const role of roles) {
    const rank = roleLevelRank(role.level);
    role.growth.forEach((move, i) => {
      const target = bySlug.get(move.to);
      if (!target) return; // reported as an unknown reference
      const climb = roleLevelRank(target.level) - rank;
      const at = `growth[${i}]`;
      if (climb > 1) {
        // A role one rung up that already leads to the target is where the move should go through.
        const via = role.growth.map((m) => bySlug.get(m.to)).find((r) => r && roleLevelRank(r.level) === rank + 1 && r.growth.some((g) => g.to === move.to));
        problems.push({
          role: role.slug,
          path: `${at}.to`,
          message: `the move to "${move.to}" climbs ${climb} rungs (${role.level} to ${target.level}); a move climbs at most one: list "${move.to}" under "reach" instead${via ? `, reached through "${via.slug}"` : ', and add a move to a role one rung up that leads there'}`,
        });
      } else if (climb < 0) {
        problems.push({
          role: role.slug,
          path: `${at}.to`,
          message: `the move to "${move.to}" goes down from ${role.level} to ${target.level}; a move never steps down: remove it`,
        });
      } else if (!rungsClimbed[move.kind].includes(climb)) {
        const suggested = kindFor(climb);
        problems.push({
          role: role.slug,
          path: `${at}.kind`,
          message: `a ${move.kind} move ${move.kind === 'promotion' ? 'climbs one rung' : 'stays on the same rung'}, but "${move.to}" is ${climb === 0 ? `on the same rung (${target.level})` : `one rung up (${target.level})`}${suggested ? `; make it "${suggested}"` : ''}`,
        });
      }
    });
    const reachable = new Map(reachableByDistance(graph, role.slug).map((r) => [r.slug, r.distance]));
    role.reach.forEach((statement, i) => {
      const target = bySlug.get(statement.to);
      if (!target) return;
      const at = `reach[${i}].to`;
      if (role.growth.some((m) => m.to === statement.to)) {
        problems.push({
          role: role.slug,
          path: at,
          message: `"${statement.to}" is already a move from this role; reach is for where the path leads beyond its next step: remove one of the two`,
        });
      } else if (!reachable.has(statement.to)) {
        const nextRung = levels[rank + 1];
        problems.push({
          role: role.slug,
          path: at,
          message: `no route of moves leads from "${role.slug}" to "${statement.to}"; add moves one rung at a time${nextRung ? ` (from a ${nextRung} role this one reaches)` : ''}, or remove the reach statement`,
        });
      } else if (roleLevelRank(target.level) <= rank) {
        problems.push({
          role: role.slug,
          path: at,
          message: `"${statement.to}" is not above this role (${target.level}); reach names where a path leads further up`,
        });
      }
    });
  }
  return problems;
}
