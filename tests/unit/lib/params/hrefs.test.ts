import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { levels, skillLevels, tracks, workModes } from '@/lib/content/enums';
import { matchCatalogue, matchPageData } from '@/lib/match-data';
import { compareHref, parseCompareParams } from '@/lib/params/compare';
import { matchHref, parseMatchParams, searchParamsFromQuery, type MatchState } from '@/lib/params/match';
import { parsePathsParams, pathsHref } from '@/lib/params/paths';
import { parseRoleFilters, rolesHref } from '@/lib/params/roles';

// Links are a contract: whatever a builder writes, the page's own reader must read back unchanged,
// with no notice. Checked over the real slugs, every one of them, not a hand-picked few.

const content = checkContent().content!;
const roleSlugs = content.roles.map((role) => role.slug);
const data = matchPageData(content);
const catalogue = matchCatalogue(data);

/** What a page receives for an address the builder wrote. */
const paramsOf = (href: string) => {
  const url = new URL(href, 'https://example.org');
  return { pathname: url.pathname, params: searchParamsFromQuery(url.search.slice(1)) };
};

/** A small seeded generator, so a failure names a case that can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}
const pick = <T>(items: readonly T[], next: () => number) => items[Math.floor(next() * items.length)]!;

describe('URL builders read back by their parsers', () => {
  it('pathsHref: every role alone, and every pair of different roles as a route', () => {
    expect(pathsHref()).toBe('/paths');
    for (const from of roleSlugs) {
      const alone = paramsOf(pathsHref({ from }));
      expect(alone.pathname).toBe('/paths');
      expect(parsePathsParams(alone.params, roleSlugs)).toEqual({ value: { from, route: 0, suggestions: [] }, notices: [] });
      for (const to of roleSlugs) {
        if (to === from) continue;
        const { params } = paramsOf(pathsHref({ from, to }));
        expect(parsePathsParams(params, roleSlugs)).toEqual({ value: { from, to, route: 0, suggestions: [] }, notices: [] });
        const alternative = paramsOf(pathsHref({ from, to, route: 2 })).params;
        expect(parsePathsParams(alternative, roleSlugs)).toEqual({ value: { from, to, route: 2, suggestions: [] }, notices: [] });
      }
    }
  });

  it('compareHref: one to three different roles, in their order', () => {
    const next = random(1);
    for (let i = 0; i < 500; i++) {
      const chosen = [...new Set(Array.from({ length: 1 + (i % 3) }, () => pick(roleSlugs, next)))];
      const { pathname, params } = paramsOf(compareHref(chosen));
      expect(pathname).toBe('/compare');
      expect(parseCompareParams(params, roleSlugs)).toEqual({ value: { roles: chosen }, notices: [] });
    }
  });

  it('matchHref: skills at every level, tasks, the role held now and a target', () => {
    expect(matchHref()).toBe('/match');
    const next = random(2);
    for (let i = 0; i < 500; i++) {
      const skills = [...new Set(Array.from({ length: i % 6 }, () => pick(catalogue.skills, next)))].map((skill) => ({
        skill,
        level: pick(skillLevels, next),
      }));
      const tasks = [...new Set(Array.from({ length: i % 3 }, () => pick(catalogue.tasks, next)))];
      const state: MatchState = {
        skills,
        tasks,
        from: next() < 0.5 ? pick(roleSlugs, next) : undefined,
        target: next() < 0.5 ? pick(roleSlugs, next) : undefined,
      };
      const { pathname, params } = paramsOf(matchHref(state));
      expect(pathname).toBe('/match');
      expect(parseMatchParams(params, catalogue)).toEqual({ value: state, notices: [] });
    }
  });

  it('matchHref: up to three past jobs, with skills taken off them, beside everything else', () => {
    const next = random(3);
    for (let i = 0; i < 500; i++) {
      const backgrounds = [...new Set(Array.from({ length: 1 + (i % 3) }, () => pick(data.backgrounds, next).slug))];
      const built = data.backgrounds.filter((b) => backgrounds.includes(b.slug)).flatMap((b) => b.skills.map((s) => s.skill));
      const without = [...new Set(Array.from({ length: i % 3 }, () => pick(built, next)))];
      const state: MatchState = {
        skills: i % 2 ? [{ skill: pick(catalogue.skills, next), level: pick(skillLevels, next) }] : [],
        tasks: [],
        from: next() < 0.3 ? pick(roleSlugs, next) : undefined,
        target: next() < 0.3 ? pick(roleSlugs, next) : undefined,
        backgrounds,
        ...(without.length ? { without } : {}),
      };
      const { pathname, params } = paramsOf(matchHref(state));
      expect(pathname).toBe('/match');
      expect(parseMatchParams(params, catalogue)).toEqual({ value: state, notices: [] });
    }
  });

  it('rolesHref: every track, level and work mode, alone and together', () => {
    for (const track of tracks) {
      for (const level of levels) {
        for (const mode of workModes) {
          const filters = { tracks: [track], levels: [level], workModes: [mode] };
          const { pathname, params } = paramsOf(rolesHref(filters));
          expect(pathname).toBe('/roles');
          expect(parseRoleFilters(params)).toEqual({ value: filters, notices: [] });
        }
      }
    }
    const all = { tracks: [...tracks], levels: [...levels], workModes: [...workModes] };
    expect(parseRoleFilters(paramsOf(rolesHref(all)).params)).toEqual({ value: all, notices: [] });
  });
});
