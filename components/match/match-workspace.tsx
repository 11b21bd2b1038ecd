'use client';

import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { SkillLevel } from '@/lib/content/schemas';
import { buildRoleGraph } from '@/lib/graph';
import { adviseMatch, defaultSkillLevel, nextSkillsToLearn, plannedRoute } from '@/lib/match';
import type { MatchPageData } from '@/lib/match-data';
import { emptyMatchState, matchQuery, parseMatchParams, searchParamsFromQuery, type MatchState } from '@/lib/params/match';
import { skillsFromTasks } from '@/lib/tasks';
import Link from '@/components/ui/link';
import { RoleOptions } from '@/components/ui/role-options';
import { CvLines } from './cv-lines';
import { ApplyNowList, CurrentRole, GrowIntoList } from './match-results';
import { NextSkills } from './next-skills';
import { SkillPicker } from './skill-picker';
import { Button } from '@/components/ui/button';
import { fieldClass, panelClass } from '@/components/ui/styles';
import { TargetGap, type RouteStop, type TargetPlace } from './target-gap';
import { TaskPicker, TaskSkillsSummary } from './task-picker';

/** Where the last selection is kept, as the page's own query string; it never leaves the browser. */
const storageKey = 'bpo-career-paths:match';

function isEmpty(state: MatchState): boolean {
  return state.skills.length === 0 && state.tasks.length === 0 && !state.from && !state.target;
}

function hrefFor(state: MatchState): string {
  const query = matchQuery(state);
  return query ? `/match?${query}` : '/match';
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
 * The match page: picks on the left (or first, on a phone), advice beside them (or straight after),
 * tasks last. One GET form with the same markup on the server and in the browser: without
 * JavaScript it submits; with it, the inputs are controlled, every change re-advises in place and
 * goes to the URL (replaceState: no reload) and to localStorage. Hydration changes nothing on
 * screen, so nothing moves under a finger.
 */
export function MatchWorkspace({ data, initial }: { data: MatchPageData; initial: MatchState }) {
  const [state, setState] = useState(initial);
  const [saved, setSaved] = useState<MatchState>();
  const focusGap = useRef(false);
  const graph = useMemo(() => buildRoleGraph(data.roles), [data.roles]);

  useEffect(() => {
    // Arriving from a shared link saves it, so coming back to /match offers it; this sets no state.
    if (!isEmpty(initial)) {
      store(matchQuery(initial));
      return;
    }
    const query = storedQuery();
    if (!query) return;
    const catalogue = { skills: data.skills.map((s) => s.slug), roles: data.roles.map((r) => r.slug), tasks: data.tasks.map((t) => t.id) };
    const previous = parseMatchParams(searchParamsFromQuery(query), catalogue).value;
    if (!isEmpty(previous)) setSaved(previous);
  }, [initial, data]);

  useEffect(() => {
    if (!focusGap.current) return;
    focusGap.current = false;
    const heading = document.getElementById('gap-heading');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [state.target]);

  function update(next: MatchState) {
    setState(next);
    setSaved(undefined);
    window.history.replaceState(null, '', hrefFor(next));
    store(matchQuery(next));
  }

  const toggleSkill = (skill: string, checked: boolean) =>
    update({
      ...state,
      skills: checked ? [...state.skills, { skill, level: defaultSkillLevel }] : state.skills.filter((s) => s.skill !== skill),
    });
  const setLevel = (skill: string, level: SkillLevel) =>
    update({ ...state, skills: state.skills.map((s) => (s.skill === skill ? { skill, level } : s)) });
  const toggleTask = (task: string, checked: boolean) =>
    update({ ...state, tasks: checked ? [...state.tasks, task] : state.tasks.filter((t) => t !== task) });
  const setTarget = (target: string | undefined, moveFocus = false) => {
    focusGap.current = moveFocus && target !== undefined;
    update({ ...state, target });
  };
  const onLink = (action: () => void) => (event: MouseEvent) => {
    event.preventDefault();
    action();
  };

  const advice = useMemo(() => adviseMatch(state, data, graph), [state, data, graph]);
  const nextSkills = useMemo(() => (advice.held.length ? nextSkillsToLearn(advice, data) : []), [advice, data]);
  const sources = useMemo(() => skillsFromTasks(state.tasks, data.tasks), [state.tasks, data.tasks]);

  const rolesBySlug = new Map(data.roles.map((r) => [r.slug, r]));
  const titleOf = (slug: string) => rolesBySlug.get(slug)?.title ?? slug;
  const skillsBySlug = new Map(data.skills.map((s) => [s.slug, s]));
  const cvLines = advice.held.flatMap(({ skill }) => {
    const found = skillsBySlug.get(skill);
    return found ? [{ skill, text: found.cvLine }] : [];
  });
  const top = [...advice.applyNow, ...advice.growInto].slice(0, 3).map((m) => m.slug);
  const nearby = [...advice.applyNow, ...advice.growInto.filter((m) => m.tier <= 1 && m.moves <= 1)];
  const targeting = {
    targetHref: (slug: string) => hrefFor({ ...state, target: slug }),
    onTarget: (slug: string) => setTarget(slug, true),
    titleOf,
  };

  return (
    <form
      method="get"
      action="/match"
      onSubmit={(event) => {
        // Every change already shows; the button takes the person to the answer.
        event.preventDefault();
        document.getElementById('results-heading')?.focus();
      }}
      className="mt-6 gap-8 lg:grid lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]"
    >
      {/* On paper the handout is the advice: the controls are left off and the picks summarised. */}
      <div className="space-y-5 lg:col-start-1 lg:row-start-1" data-print="hide">
        {saved && (
          <div className={`${panelClass} flex flex-wrap items-center gap-3`}>
            <p>
              You were here before, with {saved.skills.length === 1 ? 'one skill' : `${saved.skills.length} skills`}
              {saved.tasks.length ? ` and ${saved.tasks.length === 1 ? 'one task' : `${saved.tasks.length} tasks`}` : ''} picked.
            </p>
            <Button onClick={() => update(saved)}>
              Continue where you left off
            </Button>
          </div>
        )}
        <div>
          <label htmlFor="match-from" className="block font-semibold">
            The role you have now (optional)
          </label>
          <select
            id="match-from"
            name="from"
            value={state.from ?? ''}
            onChange={(event) => update({ ...state, from: event.target.value || undefined })}
            className={`${fieldClass} mt-1 w-full`}
          >
            <RoleOptions roles={data.roles} emptyLabel="None yet" />
          </select>
        </div>
        <SkillPicker skills={data.skills} picked={state.skills} onToggle={toggleSkill} onLevelChange={setLevel} />
        <div>
          <label htmlFor="match-target" className="block font-semibold">
            Show the gap to a role (optional)
          </label>
          <select
            id="match-target"
            name="target"
            value={state.target ?? ''}
            onChange={(event) => setTarget(event.target.value || undefined)}
            className={`${fieldClass} mt-1 w-full`}
          >
            <RoleOptions roles={data.roles} emptyLabel="No particular role" />
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" variant="primary">
            Show my matches
          </Button>
          <a href="/match" onClick={onLink(() => update(emptyMatchState))}>
            Start again
          </a>
        </div>
      </div>

      <div className="mt-8 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
        <h2 id="results-heading" tabIndex={-1} className="sr-only">
          Your matches
        </h2>
        <p data-print="show" className="hidden">
          Skills counted:{' '}
          {advice.held.length
            ? advice.held.map((h) => `${skillsBySlug.get(h.skill)?.name ?? h.skill} (${h.level})`).join(', ')
            : 'none yet'}
          .
        </p>
        {state.target && (
          <TargetGapFor
            target={state.target}
            advice={advice}
            data={data}
            graph={graph}
            titleOf={titleOf}
            clearHref={hrefFor({ ...state, target: undefined })}
            onClear={() => setTarget(undefined)}
          />
        )}
        {advice.current && <CurrentRole match={advice.current} />}
        {advice.held.length > 0 ? (
          <>
            {top.length >= 2 && (
              <p className="mt-4">
                <Link href={`/compare?roles=${top.join(',')}`}>Compare top {top.length}</Link>{' '}
                <span className="text-sm">(the first roles to apply for, then to grow into)</span>
              </p>
            )}
            <ApplyNowList options={advice.applyNow} {...targeting} />
            <GrowIntoList options={advice.growInto} {...targeting} />
            <NextSkills next={nextSkills} nearby={nearby} />
          </>
        ) : (
          <p className={`mt-6 ${panelClass}`}>
            Tick the skills you have, or tasks you have done, and the roles you could apply for now and grow into appear here.
          </p>
        )}
        <aside aria-label="Your experience for a CV" className="mt-8">
          <CvLines lines={cvLines} />
        </aside>
      </div>

      <div className="mt-8 lg:col-start-1 lg:row-start-2" data-print="hide">
        <TaskPicker tasks={data.tasks} roles={data.roles} picked={state.tasks} onToggle={toggleTask} />
        <TaskSkillsSummary sources={sources} skills={data.skills} />
      </div>
    </form>
  );
}

/** The gap to the chosen role, placed by the same advice as the lists. */
function TargetGapFor({
  target,
  advice,
  data,
  graph,
  titleOf,
  clearHref,
  onClear,
}: {
  target: string;
  advice: ReturnType<typeof adviseMatch>;
  data: MatchPageData;
  graph: ReturnType<typeof buildRoleGraph>;
  titleOf: (slug: string) => string;
  clearHref: string;
  onClear: () => void;
}) {
  const role = data.roles.find((r) => r.slug === target);
  const applying = advice.applyNow.find((m) => m.slug === target);
  const growing = advice.growInto.find((m) => m.slug === target);
  const match = advice.current?.slug === target ? advice.current : (applying ?? growing);
  if (!role || !match) return null;
  const moveFrom = (from: string | undefined, to: string) => data.roles.find((r) => r.slug === from)?.growth.find((g) => g.to === to);
  const place: TargetPlace =
    advice.current?.slug === target
      ? { kind: 'current' }
      : applying
        ? { kind: 'apply-now', takes: moveFrom(applying.via?.role, target)?.takes }
        : { kind: 'grow', option: growing! };
  const steps: RouteStop[] =
    place.kind === 'grow'
      ? plannedRoute(graph, place.option).map((slug, index, route) => {
          const move = index === 0 ? undefined : moveFrom(route[index - 1], slug);
          return { slug, title: titleOf(slug), takes: move?.takes, suggested: move?.suggested };
        })
      : [];
  const certifications = role.certifications.flatMap((slug) => data.certifications.filter((c) => c.slug === slug));
  return <TargetGap match={match} place={place} steps={steps} certifications={certifications} clearHref={clearHref} onClear={onClear} />;
}
