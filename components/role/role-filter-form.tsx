import Link from '@/components/ui/link';
import type { RoleFilters } from '@/lib/catalogue';
import { levels, tracks, workModes } from '@/lib/content/enums';
import { levelLabels, trackLabels, workModeLabels } from '@/lib/labels';
import { roleFilterParams } from '@/lib/params/roles';

interface Facet {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
}

/** A plain GET form: filtering works without JavaScript and the result is a shareable URL. */
export function RoleFilterForm({ filters, canClear }: { filters: RoleFilters; canClear: boolean }) {
  const facets: Facet[] = [
    { legend: 'Track', name: roleFilterParams.track, options: tracks.map((t) => ({ value: t, label: trackLabels[t] })), checked: filters.tracks },
    { legend: 'Level', name: roleFilterParams.level, options: levels.map((l) => ({ value: l, label: levelLabels[l] })), checked: filters.levels },
    {
      legend: 'How the work is done',
      name: roleFilterParams.workMode,
      options: workModes.map((m) => ({ value: m, label: workModeLabels[m] })),
      checked: filters.workModes,
    },
  ];
  return (
    <form
      method="get"
      action="/roles"
      aria-label="Filter roles"
      className="flex flex-col gap-6 rounded-xl border border-slate-200 bg-slate-50 p-5 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="grid gap-6 sm:grid-cols-3 lg:grid-cols-1">
        {facets.map((facet) => (
          <fieldset key={facet.name}>
            <legend className="font-semibold">{facet.legend}</legend>
            <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-1">
              {facet.options.map((option) => {
                const id = `filter-${facet.name}-${option.value}`;
                return (
                  <li key={option.value} className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      id={id}
                      name={facet.name}
                      value={option.value}
                      defaultChecked={facet.checked.includes(option.value)}
                      className="size-5 shrink-0 accent-brand-700 dark:accent-sky-300"
                    />
                    <label htmlFor={id} className="py-1.5">
                      {option.label}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
        >
          Show roles
        </button>
        {canClear && <Link href="/roles">Clear filters</Link>}
      </div>
    </form>
  );
}
