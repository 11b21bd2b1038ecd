'use client';

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { skillLevels } from '@/lib/content/enums';
import type { SkillLevel } from '@/lib/content/schemas';
import { defaultSkillLevel } from '@/lib/match';
import { matchCatalogue, type MatchPageData } from '@/lib/match-data';
import { matchHref, matchQuery, parseMatchParams, searchParamsFromQuery, type MatchState } from '@/lib/params/match';

/** Where the last selection is kept, as the page's own query string; it never leaves the browser. */
const storageKey = 'bpo-career-paths:match';

function isEmpty(state: MatchState): boolean {
  return state.skills.length === 0 && state.tasks.length === 0 && !state.from && !state.target && !state.backgrounds?.length;
}

/** The state with these past jobs; skills taken off a job no longer named are forgotten, so the address stays clean. */
function withBackgrounds(state: MatchState, backgrounds: string[], data: Pick<MatchPageData, 'backgrounds'>): MatchState {
  const built = new Set(data.backgrounds.filter((b) => backgrounds.includes(b.slug)).flatMap((b) => b.skills.map((s) => s.skill)));
  const without = (state.without ?? []).filter((skill) => built.has(skill));
  const { backgrounds: _b, without: _w, ...rest } = state;
  return { ...rest, ...(backgrounds.length ? { backgrounds } : {}), ...(without.length ? { without } : {}) };
}

function store(query: string) {
  try {
    if (query) window.localStorage.setItem(storageKey, query);
    else window.localStorage.removeItem(storageKey);
  } catch {
    // Storage can be off (private modes, policies); the URL still holds the state.
  }
}

function storedQuery(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/**
 * The picks the form's controls show, read the way the server reads the submitted form, in the
 * order they were first made: those the page came with, then the ones ticked since. The page is
 * usable before its scripts run (on a slow phone, seconds before), and ticks made then are on
 * screen but in no state yet.
 */
function pickedInForm(form: HTMLFormElement, data: MatchPageData, initial: MatchState): MatchState {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') query.append(name, value);
  const { value } = parseMatchParams(searchParamsFromQuery(query.toString()), matchCatalogue(data));
  // A level changed then is in its select, not yet in the box's value.
  const levelOf = (skill: string): SkillLevel | undefined => {
    const level = form.querySelector<HTMLSelectElement>(`select[data-level-for="${skill}"]`)?.value;
    return skillLevels.find((known) => known === level);
  };
  const skills = value.skills.map(({ skill, level }) => ({ skill, level: levelOf(skill) ?? level }));
  return {
    ...value,
    skills: keepingOrder(
      skills,
      initial.skills.map((held) => held.skill),
      (held) => held.skill,
    ),
    tasks: keepingOrder(value.tasks, initial.tasks, (task) => task),
  };
}

/** `items` with those already in `before` first, in its order, then the rest as they come (sort is stable). */
function keepingOrder<T>(items: readonly T[], before: readonly string[], key: (item: T) => string): T[] {
  const position = (item: T) => (before.includes(key(item)) ? before.indexOf(key(item)) : before.length);
  return [...items].sort((a, b) => position(a) - position(b));
}

/**
 * The match page's picks: every change goes to the URL (replaceState: no reload) and to
 * localStorage; a selection saved on an earlier visit is offered back, never applied unasked.
 * `form` is read once when the scripts start, so a tick made before then counts.
 */
export function useMatchState(data: MatchPageData, initial: MatchState, form: RefObject<HTMLFormElement | null>) {
  const [state, setState] = useState(initial);
  const [saved, setSaved] = useState<MatchState>();
  const focusGap = useRef(false);
  const pickedEarly = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the scripts start; later picks come through the controls
  useLayoutEffect(() => {
    // Once, when the scripts start; later changes come through the controls' own handlers.
    if (!form.current) return;
    const onScreen = pickedInForm(form.current, data, initial);
    if (matchQuery(onScreen) === matchQuery(initial)) return;
    pickedEarly.current = true;
    setState(onScreen);
    // Next.js starts following the address in its own effect, which runs after this one; writing the
    // address once it does keeps its router (and the print button, which reads it) in step.
    setTimeout(() => publish(onScreen), 0);
  }, []);

  useEffect(() => {
    // Picks made before the scripts ran are this visit's own: no older selection to offer.
    if (pickedEarly.current) return;
    // Arriving from a shared link saves it, so coming back to /match offers it; this sets no state.
    if (!isEmpty(initial)) {
      store(matchQuery(initial));
      return;
    }
    const query = storedQuery();
    if (!query) return;
    const previous = parseMatchParams(searchParamsFromQuery(query), matchCatalogue(data)).value;
    if (!isEmpty(previous)) setSaved(previous);
  }, [initial, data]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the target changes, to follow it to its gap
  useEffect(() => {
    // Choosing a target from a result card takes the reader to the gap it opens.
    if (!focusGap.current) return;
    focusGap.current = false;
    const heading = document.getElementById('gap-heading');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [state.target]);

  function publish(next: MatchState) {
    window.history.replaceState(null, '', matchHref(next));
    store(matchQuery(next));
  }

  function update(next: MatchState) {
    setState(next);
    setSaved(undefined);
    publish(next);
  }

  return {
    state,
    saved,
    update,
    toggleSkill: (skill: string, checked: boolean) => {
      const skills = checked ? [...state.skills, { skill, level: defaultSkillLevel }] : state.skills.filter((s) => s.skill !== skill);
      // Unticking a skill a named past job builds takes it off that job too, or it would be filled straight back in.
      const builtByJob = data.backgrounds.some((b) => state.backgrounds?.includes(b.slug) && b.skills.some((s) => s.skill === skill));
      const others = (state.without ?? []).filter((s) => s !== skill);
      const without = !checked && builtByJob ? [...others, skill] : others;
      const { without: _w, ...rest } = state;
      update({ ...rest, skills, ...(without.length ? { without } : {}) });
    },
    // A skill a past job filled in becomes the person's own pick at the level they choose.
    setLevel: (skill: string, level: SkillLevel) =>
      update({
        ...state,
        skills: state.skills.some((s) => s.skill === skill)
          ? state.skills.map((s) => (s.skill === skill ? { skill, level } : s))
          : [...state.skills, { skill, level }],
      }),
    toggleBackground: (slug: string, checked: boolean) => {
      const current = state.backgrounds ?? [];
      update(withBackgrounds(state, checked ? [...current, slug] : current.filter((b) => b !== slug), data));
    },
    takeOff: (skill: string) => update({ ...state, without: [...(state.without ?? []), skill] }),
    toggleTask: (task: string, checked: boolean) => update({ ...state, tasks: checked ? [...state.tasks, task] : state.tasks.filter((t) => t !== task) }),
    setTarget: (target: string | undefined, moveFocus = false) => {
      focusGap.current = moveFocus && target !== undefined;
      update({ ...state, target });
    },
  };
}
