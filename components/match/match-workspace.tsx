'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { SkillLevel } from '@/lib/content/schemas';
import {
  bestEntryRoute,
  heldSkillsWithTasks,
  nextSkillsToLearn,
  rankRolesBySkills,
  strongMatchScore,
} from '@/lib/match';
import type { MatchPageData } from '@/lib/match-data';
import { emptyMatchState, matchQuery, parseMatchParams, searchParamsFromQuery, type MatchState } from '@/lib/params/match';
import { skillsFromTasks } from '@/lib/tasks';
import { CvLines } from './cv-lines';
import { MatchResults } from './match-results';
import { NextSkills } from './next-skills';
import { SkillCheckboxForm } from './skill-checkbox-form';
import { SkillPicker } from './skill-picker';
import { buttonClass, fieldClass, mutedTextClass, panelClass } from './styles';
import { TargetGap, type RouteStep } from './target-gap';
import { TaskPicker, TaskSkillsSummary } from './task-picker';
import { RoleOptions } from '@/components/ui/role-options';

/** Where the last selection is kept, as the page's own query string; it never leaves the browser. */
const storageKey = 'bpo-career-paths:match';

function isEmpty(state: MatchState): boolean {
  return state.skills.length === 0 && state.tasks.length === 0 && !state.target;
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
 * The match page's interactive part. It renders the same results on the server (from the URL) and
 * in the browser, where it re-ranks on every pick, writes the state back to the URL (replaceState:
 * no reload and no server round trip) and to localStorage. Before hydration, and without
 * JavaScript, the picker is a plain GET form.
 */
export function MatchWorkspace({ data, initial }: { data: MatchPageData; initial: MatchState }) {
  const [state, setState] = useState(initial);
  const [enhanced, setEnhanced] = useState(false);
  const [saved, setSaved] = useState<MatchState>();
  const focusGap = useRef(false);

  const catalogue = useMemo(
    () => ({ skills: data.skills.map((s) => s.slug), roles: data.roles.map((r) => r.slug), tasks: data.tasks.map((t) => t.id) }),
    [data],
  );

  useEffect(() => {
    setEnhanced(true);
    if (!isEmpty(initial)) {
      store(matchQuery(initial));
      return;
    }
    const query = storedQuery();
    if (!query) return;
    const previous = parseMatchParams(searchParamsFromQuery(query), catalogue).value;
    if (!isEmpty(previous)) setSaved(previous);
  }, [initial, catalogue]);

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

  const addSkill = (skill: string) => {
    if (!state.skills.some((s) => s.skill === skill)) update({ ...state, skills: [...state.skills, { skill, level: 'working' }] });
  };
  const removeSkill = (skill: string) => update({ ...state, skills: state.skills.filter((s) => s.skill !== skill) });
  const setLevel = (skill: string, level: SkillLevel) =>
    update({
      ...state,
      skills: state.skills.some((s) => s.skill === skill)
        ? state.skills.map((s) => (s.skill === skill ? { skill, level } : s))
        : [...state.skills, { skill, level }],
    });
  const toggleTask = (task: string, checked: boolean) =>
    update({ ...state, tasks: checked ? [...state.tasks, task] : state.tasks.filter((t) => t !== task) });
  const setTarget = (target: string | undefined, moveFocus = false) => {
    focusGap.current = moveFocus && target !== undefined;
    update({ ...state, target });
  };

  const sources = useMemo(() => skillsFromTasks(state.tasks, data.tasks), [state.tasks, data.tasks]);
  const held = useMemo(() => heldSkillsWithTasks(state.skills, state.tasks, data.tasks), [state.skills, state.tasks, data.tasks]);
  const ranking = useMemo(() => rankRolesBySkills(held, data.roles, data.skills), [held, data.roles, data.skills]);
  const nextSkills = useMemo(
    () => (held.length ? nextSkillsToLearn(held, data.roles, data.skills, strongMatchScore) : []),
    [held, data.roles, data.skills],
  );

  const fromTasks = [...sources]
    .filter(([skill]) => !state.skills.some((s) => s.skill === skill))
    .map(([skill, tasks]) => ({ skill, tasks: tasks.map((t) => t.text) }));
  const skillsBySlug = new Map(data.skills.map((s) => [s.slug, s]));
  const rolesBySlug = new Map(data.roles.map((r) => [r.slug, r]));
  const cvLines = held.flatMap(({ skill }) => {
    const found = skillsBySlug.get(skill);
    return found ? [{ skill, text: found.cvLine }] : [];
  });

  const targetMatch = state.target ? ranking.find((m) => m.slug === state.target) : undefined;
  const targetRole = state.target ? rolesBySlug.get(state.target) : undefined;
  const entry = targetMatch ? bestEntryRoute(ranking, targetMatch.slug, (from, to) => data.entryRoutes[from]?.[to]) : undefined;
  const steps: RouteStep[] = (entry?.route ?? []).map((slug, index, route) => ({
    slug,
    title: rolesBySlug.get(slug)?.title ?? slug,
    takes: index === 0 ? undefined : rolesBySlug.get(route[index - 1] ?? '')?.growth.find((g) => g.to === slug)?.takes,
  }));
  const certifications = (targetRole?.certifications ?? []).flatMap((slug) => data.certifications.filter((c) => c.slug === slug));

  return (
    <div>
      {saved && (
        <div className={`mb-6 ${panelClass} flex flex-wrap items-center gap-3`}>
          <p>
            You were here before, with {saved.skills.length === 1 ? 'one skill' : `${saved.skills.length} skills`}
            {saved.tasks.length ? ` and ${saved.tasks.length === 1 ? 'one task' : `${saved.tasks.length} tasks`}` : ''} picked.
          </p>
          <button type="button" className={buttonClass} onClick={() => update(saved)}>
            Continue where you left off
          </button>
        </div>
      )}

      <section aria-labelledby="pick-heading">
        <h2 id="pick-heading" className="text-2xl font-semibold">
          What you can already do
        </h2>
        {enhanced ? (
          <div className="mt-3 space-y-6">
            <SkillPicker
              skills={data.skills}
              picked={state.skills}
              fromTasks={fromTasks}
              onAdd={addSkill}
              onRemove={removeSkill}
              onLevelChange={setLevel}
            />
            <div>
              <label htmlFor="match-target" className="block font-semibold">
                Show the gap to a role (optional)
              </label>
              <select
                id="match-target"
                value={state.target ?? ''}
                onChange={(event) => setTarget(event.target.value || undefined)}
                className={`${fieldClass} mt-1`}
              >
                <RoleOptions roles={data.roles} emptyLabel="No particular role" />
              </select>
            </div>
            {!isEmpty(state) && (
              <button type="button" className={buttonClass} onClick={() => update(emptyMatchState)}>
                Start again
              </button>
            )}
          </div>
        ) : (
          <SkillCheckboxForm skills={data.skills} roles={data.roles} picked={state.skills} tasks={state.tasks} target={state.target} />
        )}
      </section>

      {enhanced && (
        <section aria-labelledby="tasks-heading" className="mt-8">
          <h2 id="tasks-heading" className="text-2xl font-semibold">
            Or start from what you have done
          </h2>
          <p className={`mt-1 ${mutedTextClass}`}>Tick tasks you have done at work; the skills they build join your skills.</p>
          <TaskPicker tasks={data.tasks} roles={data.roles} skills={data.skills} picked={state.tasks} onToggle={toggleTask} />
        </section>
      )}
      <TaskSkillsSummary sources={sources} skills={data.skills} />

      <div className="mt-2 gap-8 lg:grid lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          {targetMatch && (
            <TargetGap
              match={targetMatch}
              entry={entry}
              steps={steps}
              certifications={certifications}
              clearHref={hrefFor({ ...state, target: undefined })}
              onClear={enhanced ? () => setTarget(undefined) : undefined}
            />
          )}
          {held.length > 0 ? (
            <>
              <MatchResults
                ranking={ranking}
                targetHref={(slug) => hrefFor({ ...state, target: slug })}
                onTarget={enhanced ? (slug) => setTarget(slug, true) : undefined}
              />
              <NextSkills next={nextSkills} threshold={strongMatchScore} />
            </>
          ) : (
            <p className={`mt-8 ${panelClass}`}>Pick the skills you have, or tasks you have done, and the roles that fit appear here, best first.</p>
          )}
        </div>
        <aside aria-label="Your experience for a CV" className="mt-8 lg:sticky lg:top-4 lg:self-start">
          <CvLines lines={cvLines} canCopy={enhanced} />
        </aside>
      </div>
    </div>
  );
}
