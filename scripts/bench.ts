// `npm run bench`: medians for the pure library on real and synthetic content, then an HTTP load
// run with autocannon against the standalone server. Prints figures; asserts nothing (timings here are noisy).
import http from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import { checkContent } from '../lib/content/load';
import { buildRoleGraph } from '../lib/graph';
import { layoutRoleGraph } from '../lib/graph-layout';
import { adviseMatch, rankRolesBySkills, type HeldSkill } from '../lib/match';
import { matchPageData } from '../lib/match-data';
import { collectTasks } from '../lib/tasks';
import { kShortestRoutes, planRoute } from '../lib/paths';
import { syntheticContent } from '../tests/support/synthetic-content';
import { startLocalServer } from './local-server.mjs';
import { median } from './median.mjs';

/** Runs fn until both minRuns and minMs are reached (after warm-up); returns the median in ms. */
function bench(name: string, fn: () => unknown, { minRuns = 20, minMs = 1000 } = {}) {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
    if (times.length >= 5000) break;
  }
  console.log(`${name.padEnd(58)} median ${median(times).toFixed(3).padStart(9)} ms   (${times.length} runs)`);
}

/** The same for an async function (ELK lays out asynchronously): each run awaited before the next. */
async function benchAsync(name: string, fn: () => Promise<unknown>, { minRuns = 20, minMs = 1000 } = {}) {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
    if (times.length >= 5000) break;
  }
  console.log(`${name.padEnd(58)} median ${median(times).toFixed(3).padStart(9)} ms   (${times.length} runs)`);
}

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);

bench('load + validate the real content (fs read, zod, references)', () => checkContent());

const real = checkContent().content!;
const realHeld: HeldSkill[] = [
  { skill: 'communication', level: 'strong' },
  { skill: 'empathy', level: 'working' },
  { skill: 'problem-solving', level: 'basic' },
];
bench(`rank the ${real.roles.length} real roles for 3 held skills`, () => rankRolesBySkills(realHeld, real.roles, real.skills));
const realMatch = matchPageData(real);
bench(`advise (apply now, grow into with routes) on the ${real.roles.length} real roles`, () => adviseMatch({ skills: realHeld, tasks: [] }, realMatch));
bench('plan customer-service-representative -> operations-manager (3 routes)', () => planRoute(real, 'customer-service-representative', 'operations-manager'));
await benchAsync(`lay out the real graph (${real.roles.length} roles) with ELK`, () => layoutRoleGraph(real.roles));

const ranking = syntheticContent({ roles: 1000, skills: 500, edges: 2000, seed: 1 });
const held: HeldSkill[] = ranking.skills
  .filter((_, i) => i % 5 === 0)
  .map((s, i) => ({ skill: s.slug, level: (['basic', 'working', 'strong'] as const)[i % 3]! }));
bench('rank 1,000 synthetic roles against 500 skills (100 held)', () => rankRolesBySkills(held, ranking.roles, ranking.skills));
// Synthetic roles have no defining skills; the first listed stands in, as content validation requires one.
const advising = ranking.roles.map((role) => ({ ...role, skills: role.skills.map((s, i) => (i === 0 ? { ...s, defining: true } : s)) }));
const advisingData = { roles: advising, skills: ranking.skills, tasks: collectTasks(advising) };
const advisingGraph = buildRoleGraph(advising);
bench('advise on 1,000 synthetic roles / 2,000 moves (100 held)', () => adviseMatch({ skills: held, tasks: [] }, advisingData, advisingGraph));

const planning = syntheticContent({ roles: 1000, skills: 100, edges: 5000, seed: 2 });
const graph = buildRoleGraph(planning.roles);
bench('build the graph of 1,000 roles and 5,000 edges', () => buildRoleGraph(planning.roles));
bench('3 shortest routes role-0 -> role-999 (1,000 roles, 5,000 edges)', () => kShortestRoutes(graph, 'role-0', 'role-999', 3));
bench('plan role-0 -> role-999 with skills to gain (1,000 / 5,000)', () => planRoute(planning, 'role-0', 'role-999'));

const layout = syntheticContent({ roles: 200, skills: 50, edges: 400, seed: 3 });
await benchAsync('lay out a 200-role graph with ELK', () => layoutRoleGraph(layout.roles), { minRuns: 5, minMs: 2000 });

// HTTP load run against the production artifact (the standalone server, as deployed), beside a bare
// Node server sending the same bytes: the floor any Node server on this machine could reach.
const port = Number(process.env.BENCH_PORT ?? 3400);
const server = await startLocalServer(port);
const origin = server.origin;
let bare: http.Server | undefined;
async function load(url: string): Promise<number> {
  const result = await autocannon({ url, connections: 50, duration: 10 });
  const path = new URL(url).pathname + new URL(url).search;
  console.log(
    `${path.padEnd(80)} ${String(Math.round(result.requests.average)).padStart(5)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${result.errors}   non-2xx ${result.non2xx}`,
  );
  return result.requests.average;
}
try {
  const rolePath = '/roles/customer-service-representative';
  const page = await fetch(origin + rolePath);
  const body = Buffer.from(await page.arrayBuffer());
  const headers = Object.fromEntries(page.headers);
  delete headers['content-encoding'];
  delete headers['transfer-encoding'];
  bare = http.createServer((_, res) => res.writeHead(200, headers).end(body));
  await new Promise<void>((resolve) => bare!.listen(port + 1, '127.0.0.1', resolve));

  console.log('\nautocannon, 50 connections, 10 s, loopback (autocannon shares the cores):');
  const floor = await load(`http://127.0.0.1:${port + 1}${rolePath}`);
  console.log(`${'  ^ bare node:http server, same bytes and headers (the floor)'}`);
  const role = await load(origin + rolePath);
  await load(`${origin}/match?skills=communication:strong,empathy,problem-solving&target=team-leader`);
  console.log(`\nrole page at ${(role / floor).toFixed(2)} of the bare floor`);
} finally {
  bare?.close();
  server.stop();
}
