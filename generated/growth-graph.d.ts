// Written by scripts/write-generated.ts at build, dev start and before the unit tests
// (generated/growth-graph.js, not committed): the whole growth graph laid out, and the roles it
// names, the same for every visitor.
import type { GraphRole } from '@/components/graph/role-graph';
import type { GraphLayout } from '@/lib/graph-layout';

export const growthGraph: { layout: GraphLayout; roles: GraphRole[] };
