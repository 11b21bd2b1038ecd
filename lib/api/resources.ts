import type { Content } from '../content/schemas';
import { findRole, findSkill } from '../content/lookups';
import { buildRoleGraph, reachableByDistance } from '../graph';
import { movesOut, movesIn } from '../growth';
import { matchView } from '../match-view';
import { matchCatalogue, matchPageData } from '../match-data';
import { matchHref, matchQuery, parseMatchParams } from '../params/match';
import { parsePathsParams, pathsHref } from '../params/paths';
import type { SearchParams } from '../params/shared';
import { planRoute } from '../paths';
import { roleOccupations } from '../occupations';
import { absoluteUrl } from '../site';
import { csvDownloads } from './csv';
import { apiEndpoints } from './endpoints';
import { closestSlugs } from '../suggest';
import {
  apiVersion,
  type CertificationsResponse,
  type GlossaryResponse,
  type GraphResponse,
  type IndexResponse,
  type MatchResponse,
  type PathsResponse,
  type Problem,
  type RoleListResponse,
  type RoleResponse,
  type SkillListResponse,
  type SkillResponse,
} from './schemas';

// Each API resource as a pure function of the content (and, for match and paths, the query):
// the same lib/ functions and URL readers the pages use, so the API cannot disagree with them.

export type Result<T> = { ok: true; body: T } | { ok: false; problem: Problem };

/** Documented on /data, where each kind of problem has an anchor. */
const problemTypes = {
  badParameters: absoluteUrl('/data#bad-parameters'),
  notFound: absoluteUrl('/data#not-found'),
} as const;

export function rolesResource(content: Content): RoleListResponse {
  return {
    apiVersion,
    roles: content.roles.map((role) => ({
      slug: role.slug,
      title: role.title,
      ...(role.abbreviation === undefined ? {} : { abbreviation: role.abbreviation }),
      track: role.track,
      level: role.level,
      summary: role.summary,
      workModes: role.workModes,
      occupations: roleOccupations(role),
      url: absoluteUrl(`/roles/${role.slug}`),
    })),
  };
}

/** A 404 for an unknown slug or name, with the closest real ones as links. */
export function notFoundProblem(kind: string, slug: string, instance: string, candidates: Problem['suggestions']): Problem {
  const close = closestSlugs(
    slug,
    candidates.map((c) => c.slug),
    3,
  );
  return {
    type: problemTypes.notFound,
    title: `No such ${kind}`,
    status: 404,
    detail: `There is no ${kind} called “${slug.slice(0, 60)}”.`,
    instance: instance.slice(0, 200),
    notices: [],
    suggestions: close.flatMap((s) => candidates.filter((c) => c.slug === s)),
  };
}

/** An unknown role or skill: 404 with the closest real ones, each linked to its own answer. */
function unknownSlug(kind: 'role' | 'skill', slug: string, known: readonly { slug: string; label: string }[]): Result<never> {
  const address = (of: string) => `/api/v1/${kind}s/${of}`;
  return {
    ok: false,
    problem: notFoundProblem(
      kind,
      slug,
      address(slug),
      known.map((k) => ({ ...k, href: address(k.slug) })),
    ),
  };
}

export function roleResource(content: Content, slug: string): Result<RoleResponse> {
  const role = findRole(content, slug);
  if (!role)
    return unknownSlug(
      'role',
      slug,
      content.roles.map((r) => ({ slug: r.slug, label: r.title })),
    );
  return {
    ok: true,
    body: {
      apiVersion,
      role: { ...role, occupations: roleOccupations(role) },
      url: absoluteUrl(`/roles/${role.slug}`),
      movesOut: movesOut(content, role).map((step) => ({
        to: step.target.slug,
        kind: step.kind,
        takes: step.takes,
        ...(step.source ? { source: step.source } : {}),
        skillsToGain: step.skillsToGain,
        metricsToMaster: step.metricsToMaster,
      })),
      movesIn: movesIn(content, role).map((move) => ({
        from: move.from.slug,
        kind: move.kind,
        ...(move.source ? { source: move.source } : {}),
      })),
    },
  };
}

export function skillsResource(content: Content): SkillListResponse {
  return { apiVersion, skills: content.skills };
}

export function skillResource(content: Content, slug: string): Result<SkillResponse> {
  const skill = findSkill(content, slug);
  if (!skill)
    return unknownSlug(
      'skill',
      slug,
      content.skills.map((s) => ({ slug: s.slug, label: s.name })),
    );
  return {
    ok: true,
    body: {
      apiVersion,
      skill,
      url: absoluteUrl(`/skills/${skill.slug}`),
      roles: content.roles.flatMap((role) =>
        role.skills.filter((s) => s.skill === skill.slug).map((s) => ({ slug: role.slug, title: role.title, level: s.level, key: s.key })),
      ),
    },
  };
}

export function graphResource(content: Content): GraphResponse {
  const graph = buildRoleGraph(content.roles);
  return {
    apiVersion,
    nodes: content.roles.map(({ slug, title, track, level, levelSource }) => ({ slug, title, track, level, ...(levelSource ? { levelSource } : {}) })),
    edges: graph.edges.map(({ from, to, kind }) => {
      const source = findRole(content, from)?.growth.find((g) => g.to === to)?.source;
      return { from, to, kind, ...(source ? { source } : {}) };
    }),
    reach: content.roles.flatMap((role) => role.reach.map((statement) => ({ from: role.slug, ...statement }))),
  };
}

export function glossaryResource(content: Content): GlossaryResponse {
  return { apiVersion, terms: content.glossary };
}

export function certificationsResource(content: Content): CertificationsResponse {
  return { apiVersion, certifications: content.certifications };
}

export function badParameters(instance: string, notices: string[], suggestions: Problem['suggestions'] = []): Problem {
  return {
    type: problemTypes.badParameters,
    title: 'Some parameters were not understood',
    status: 400,
    detail: 'The page at the same address would drop these with a notice; the API answers only what it can read in full.',
    instance,
    notices,
    suggestions,
  };
}

/** `/api/v1/match`: the same reader and the same advice as `/match` for the same parameters. */
export function matchResource(content: Content, params: SearchParams): Result<MatchResponse> {
  const data = matchPageData(content);
  const { value: state, notices } = parseMatchParams(params, matchCatalogue(data));
  const query = matchQuery(state);
  if (notices.length) return { ok: false, problem: badParameters(`/api/v1/match${query ? `?${query}` : ''}`, notices) };
  // The page's own view of the match (lib/match-view.ts), so the lists cannot disagree.
  const view = matchView(state, data, buildRoleGraph(data.roles));
  const { advice, target } = view;
  const list = { current: 'current', 'apply-now': 'apply-now', grow: 'grow-into', 'off-track': 'off-track' } as const;
  return {
    ok: true,
    body: {
      apiVersion,
      query: {
        skills: state.skills,
        tasks: state.tasks,
        ...(state.from ? { from: state.from } : {}),
        ...(state.backgrounds ? { backgrounds: state.backgrounds } : {}),
        ...(state.without ? { without: state.without } : {}),
        ...(state.target ? { target: state.target } : {}),
      },
      url: absoluteUrl(matchHref(state)),
      held: advice.held,
      ...(advice.current ? { current: advice.current } : {}),
      experience: advice.experience,
      workDone: advice.workDone,
      applyNow: advice.applyNow,
      // JSON has no infinity: a role no known route leads to has `moves: null`.
      growInto: advice.growInto.map((m) => ({ ...m, moves: Number.isFinite(m.moves) ? m.moves : null })),
      nextSkills: view.nextSkills,
      ...(target
        ? { target: { slug: target.match.slug, list: list[target.place.kind], ...(target.steps.length ? { route: target.steps.map((s) => s.slug) } : {}) } }
        : {}),
      cvLines: view.cvLines,
    },
  };
}

/** `/api/v1/paths?from=&to=`: the route planner `/paths` uses; `from` alone lists reachable roles. */
export function pathsResource(content: Content, params: SearchParams): Result<PathsResponse> {
  const slugs = content.roles.map((r) => r.slug);
  const { value, notices } = parsePathsParams(params, slugs);
  const suggestions = value.suggestions.flatMap(({ param, slugs: close }) =>
    close.map((slug) => {
      const query = new URLSearchParams(
        param === 'from' ? { from: slug, ...(value.to ? { to: value.to } : {}) } : { ...(value.from ? { from: value.from } : {}), to: slug },
      );
      return { slug, label: findRole(content, slug)?.title ?? slug, href: `/api/v1/paths?${query}` };
    }),
  );
  const { from, to } = value;
  if (notices.length || !from) {
    const all = notices.length ? notices : ['Pick the role you have now (“from”) to see where it can lead.'];
    return { ok: false, problem: badParameters('/api/v1/paths', all, suggestions) };
  }
  const plan = to ? planRoute(content, from, to) : undefined;
  const noRoute = plan !== undefined && plan.routes.length === 0;
  const graph = buildRoleGraph(content.roles);
  return {
    ok: true,
    body: {
      apiVersion,
      from,
      ...(to ? { to } : {}),
      url: absoluteUrl(pathsHref({ from, to })),
      routes: plan?.routes ?? [],
      reachable: !to || noRoute ? reachableByDistance(graph, from) : [],
      notices: plan?.notices ?? [],
      reach: findRole(content, from)?.reach ?? [],
    },
  };
}

/** Any other path under /api/v1/: a 404 naming the closest real endpoints. */
export function unknownEndpointProblem(pathname: string): Problem {
  const endpoints = [...apiEndpoints.map((e) => e.example.split('?')[0]!), '/api/v1/openapi.json', ...csvDownloads.map((d) => `/api/v1/${d.file}`)];
  const name = (path: string) => path.replace('/api/v1/', '');
  let requested = pathname;
  try {
    requested = decodeURIComponent(pathname);
  } catch {
    // Broken percent-encoding: suggest from the raw text.
  }
  return notFoundProblem(
    'endpoint',
    name(requested),
    requested,
    endpoints.map((path) => ({ slug: name(path), label: path, href: path })),
  );
}

/** An address that could not be decoded, made readable by the proxy: the 404 its section would give. */
export function unreadableAddressProblem(content: Content, segments: readonly string[]): Problem {
  const [section, slug, ...rest] = segments;
  if (slug !== undefined && rest.length === 0) {
    const result = section === 'roles' ? roleResource(content, slug) : section === 'skills' ? skillResource(content, slug) : undefined;
    if (result && !result.ok) return result.problem;
  }
  return unknownEndpointProblem(`/api/v1/${segments.join('/')}`);
}

/** `/api/v1`: where everything is, for a developer who starts at the root. */
export function indexResource(): IndexResponse {
  return {
    apiVersion,
    openapi: '/api/v1/openapi.json',
    documentation: absoluteUrl('/data'),
    endpoints: apiEndpoints.map(({ path, summary, example }) => ({ path, summary, example })),
    downloads: csvDownloads.map(({ file, title }) => ({ path: `/api/v1/${file}`, title })),
  };
}
