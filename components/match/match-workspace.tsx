'use client';

import { useEffect, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { MatchHandout } from '@/components/handout/match-handout';
import { fromYourWorkAs } from '@/lib/backgrounds';
import { buildRoleGraph } from '@/lib/graph';
import { matchData as data } from '@/generated/match-data';
import { matchPlan } from '@/lib/handout';
import { matchSummary, matchView } from '@/lib/match-view';
import { compareHref } from '@/lib/params/compare';
import { emptyMatchState, matchHref, type MatchState } from '@/lib/params/match';
import { Button } from '@/components/ui/button';
import Link from '@/components/ui/link';
import { RoleOptions } from '@/components/ui/role-options';
import { ShareButton } from '@/components/ui/share-button';
import { fieldClass, mutedTextClass, panelClass } from '@/components/ui/styles';
import { CvLines } from './cv-lines';
import { ApplyNowList, CurrentRole, GrowIntoList } from './match-results';
import { NextSkills } from './next-skills';
import { BackgroundPicker } from './background-picker';
import { SkillPicker } from './skill-picker';
import { TargetGap } from './target-gap';
import { TaskPicker, TaskSkillsSummary } from './task-picker';
import { useMatchState } from './use-match-state';

// The data is a module, the same for every visitor: what is derived from it alone is worked out once, when the module loads.
const graph = buildRoleGraph(data.roles);
const skillsBySlug = new Map(data.skills.map((s) => [s.slug, s]));

/**
 * The match page: picks on the left (or first, on a phone), advice beside them (or straight after),
 * tasks last. One GET form with the same markup on the server and in the browser: without
 * JavaScript it submits; with it, the inputs are controlled, every change re-advises in place and
 * goes to the URL (replaceState: no reload) and to localStorage. Hydration changes nothing on
 * screen, so nothing moves under a finger; picks made before it are read in when it happens.
 * Copy link copies the picks on screen; a polite live region says what each change did to the
 * results, and when a control with focus goes away, focus moves to the results, never to the page.
 * The data it advises from is imported (a cached, hashed chunk), so the page sends only the picks.
 */
export function MatchWorkspace({ initial }: { initial: MatchState }) {
  const form = useRef<HTMLFormElement>(null);
  const { state, saved, update, toggleSkill, setLevel, toggleTask, setTarget, toggleBackground, takeOff } = useMatchState(data, initial, form);
  // The one computation of the match per render: the results, the gap and the handout all read it.
  const view = useMemo(() => matchView(state, data, graph), [state]);
  const plan = useMemo(() => matchPlan(data, view), [view]);
  const { advice, nextSkills, taskSources, cvLines, top, nearby, target, titleOf, stopsOf } = view;
  const backgroundTitle = (slug: string) => data.backgrounds.find((b) => b.slug === slug)?.title ?? slug;
  // Skills a past job filled in (the person has not rated them), each saying which job.
  const filled = advice.held.flatMap((h) =>
    h.source.kind === 'background' ? [{ skill: h.skill, level: h.level, from: fromYourWorkAs(backgroundTitle(h.source.background)) }] : [],
  );
  useFocusKept(form, state);
  const onLink = (action: () => void) => (event: MouseEvent) => {
    event.preventDefault();
    action();
  };
  const targeting = {
    targetHref: (slug: string) => matchHref({ ...state, target: slug }),
    onTarget: (slug: string) => setTarget(slug, true),
    titleOf,
    workDone: advice.workDone,
  };

  return (
    <>
      <MatchHandout plan={plan} path={matchHref(state)} />
      <div className="mt-4">
        <ShareButton
          path={matchHref(state)}
          title="this skill match"
          before={
            plan.held.length > 0 ? (
              <Button type="button" onClick={() => window.print()}>
                Print this plan
              </Button>
            ) : undefined
          }
        />
      </div>
      <form
        ref={form}
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
                {saved.tasks.length ? ` and ${saved.tasks.length === 1 ? 'one task' : `${saved.tasks.length} tasks`}` : ''} picked
                {saved.backgrounds?.length ? `, from ${saved.backgrounds.map(backgroundTitle).join(' and ').toLowerCase()}` : ''}.
              </p>
              <Button onClick={() => update(saved)}>Continue where you left off</Button>
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
          <BackgroundPicker backgrounds={data.backgrounds} picked={state.backgrounds ?? []} onToggle={toggleBackground} />
          {/* Skills taken off a past job stay off when the form is sent without JavaScript. */}
          {state.without?.map((skill) => (
            <input key={skill} type="hidden" name="without" value={skill} />
          ))}
          <SkillPicker
            skills={data.skills}
            picked={state.skills}
            filled={filled}
            onToggle={toggleSkill}
            onLevelChange={setLevel}
            takeOff={{ href: (skill) => matchHref({ ...state, without: [...(state.without ?? []), skill] }), onTakeOff: takeOff }}
          />
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
          <p role="status" aria-live="polite" data-print="hide" className={`mb-2 ${mutedTextClass}`}>
            {matchSummary(advice)}
          </p>
          <p data-print="show" className="hidden">
            Skills counted: {advice.held.length ? advice.held.map((h) => `${skillsBySlug.get(h.skill)?.name ?? h.skill} (${h.level})`).join(', ') : 'none yet'}.
          </p>
          {target && <TargetGap {...target} clearHref={matchHref({ ...state, target: undefined })} onClear={() => setTarget(undefined)} />}
          {advice.current && <CurrentRole match={advice.current} />}
          {advice.held.length > 0 ? (
            <>
              {top.length >= 2 && (
                <p className="mt-4">
                  <Link href={compareHref(top)}>Compare top {top.length}</Link>{' '}
                  <span className="text-sm">(the first roles to apply for, then to grow into)</span>
                </p>
              )}
              <ApplyNowList options={advice.applyNow} backgroundTitle={backgroundTitle} {...targeting} />
              <GrowIntoList options={advice.growInto} stopsOf={stopsOf} {...targeting} />
              <NextSkills next={nextSkills} nearby={nearby} />
            </>
          ) : (
            <p className={`mt-6 ${panelClass}`}>
              Tick a job you had, the skills you have, or tasks you have done, and the roles you could apply for now and grow into appear here.
            </p>
          )}
          <aside aria-label="For your CV" className="mt-8">
            <CvLines lines={cvLines} skillName={(slug) => skillsBySlug.get(slug)?.name ?? slug} />
          </aside>
        </div>

        <div className="mt-8 lg:col-start-1 lg:row-start-2" data-print="hide">
          <TaskPicker tasks={data.tasks} roles={data.roles} picked={state.tasks} onToggle={toggleTask} />
          <TaskSkillsSummary sources={taskSources} skills={data.skills} />
        </div>
      </form>
    </>
  );
}

/**
 * When a change of picks removes the control that had focus (the saved-picks panel once used, the
 * gap once cleared), focus would fall to the page; it goes to the results heading instead.
 */
function useFocusKept(form: RefObject<HTMLFormElement | null>, state: MatchState) {
  const last = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = form.current;
    const remember = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) last.current = event.target;
    };
    element?.addEventListener('focusin', remember);
    return () => element?.removeEventListener('focusin', remember);
  }, [form]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the picks, which may have taken away the control that had focus
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const lost = last.current && (!last.current.isConnected || last.current.getClientRects().length === 0);
      if (lost && (document.activeElement === document.body || document.activeElement === null)) document.getElementById('results-heading')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [state]);
}
