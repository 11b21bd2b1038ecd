'use client';

import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { RoleCombobox } from '@/components/ui/role-combobox';
import { rolePickerOptions } from '@/generated/role-picker-options';
import { pathsHref } from '@/lib/params/paths';

/**
 * Start and goal pickers. A plain GET form to /paths without JavaScript; with it, each pick puts
 * the choice in the URL (so the plan can be shared) and the server renders the new plan. A pick
 * made in the native selects before the scripts ran counts: it is read before they are swapped.
 * The roles it offers are imported (a cached, hashed chunk), not sent with every page.
 */
export function PlanForm({ from, to }: { from?: string; to?: string }) {
  const roles = rolePickerOptions;
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [start, setStart] = useState(from);
  const [goal, setGoal] = useState(to);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the scripts start, to read picks made before they ran
  useLayoutEffect(() => {
    // Layout effects run before the comboboxes' own effects swap the native selects out.
    const element = form.current;
    if (!element) return;
    const picked = (name: string) => {
      const value = new FormData(element).get(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    const [earlyStart, earlyGoal] = [picked('from'), picked('to')];
    if (earlyStart === from && earlyGoal === to) return;
    setStart(earlyStart);
    setGoal(earlyGoal);
    router.replace(pathsHref({ from: earlyStart, to: earlyGoal }), { scroll: false });
  }, []);
  // Back and forward change the URL without a pick: follow it (not on the first render, which
  // may have read an earlier pick from the form).
  const [address, setAddress] = useState({ from, to });
  if (address.from !== from || address.to !== to) {
    setAddress({ from, to });
    setStart(from);
    setGoal(to);
  }

  const go = (nextStart: string | undefined, nextGoal: string | undefined) => {
    router.replace(pathsHref({ from: nextStart, to: nextGoal }), { scroll: false });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    router.push(pathsHref({ from: start, to: goal }), { scroll: false });
  };

  return (
    <form
      ref={form}
      action="/paths"
      method="get"
      onSubmit={submit}
      aria-label="Plan a route"
      className="mt-6 rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <RoleCombobox
          name="from"
          label="Where you are now"
          options={roles}
          selected={start}
          onSelect={(slug) => {
            setStart(slug);
            go(slug, goal);
          }}
        />
        <RoleCombobox
          name="to"
          label="Where you want to be"
          options={roles}
          selected={goal}
          placeholder="Any role (optional)"
          onSelect={(slug) => {
            setGoal(slug);
            go(start, slug);
          }}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
        >
          Show the route
        </button>
        <Link href="/paths">Start over</Link>
      </div>
    </form>
  );
}
