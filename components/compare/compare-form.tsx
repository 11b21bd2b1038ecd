import { Button } from '@/components/ui/button';
import type { Role } from '@/lib/content/schemas';
import { maxComparedRoles } from '@/lib/params/compare';
import { RoleOptions } from '@/components/ui/role-options';
import { fieldClass } from '@/components/ui/styles';

const slotLabels = ['First role', 'Second role', 'Third role (optional)'];

/** A plain GET form (works without JavaScript): one select per slot, each sent as `roles`. */
export function CompareForm({ roles, chosen, heading }: { roles: readonly Pick<Role, 'slug' | 'title'>[]; chosen: readonly string[]; heading: string }) {
  return (
    <form
      method="get"
      action="/compare"
      aria-labelledby="compare-form-heading"
      className="mt-8 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
      data-print="hide"
    >
      <h2 id="compare-form-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        {slotLabels.slice(0, maxComparedRoles).map((slotLabel, slot) => (
          <div key={slotLabel}>
            <label htmlFor={`compare-role-${slot}`} className="block font-semibold">
              {slotLabel}
            </label>
            <select id={`compare-role-${slot}`} name="roles" defaultValue={chosen[slot] ?? ''} className={`${fieldClass} mt-1 w-full`}>
              <RoleOptions roles={roles} emptyLabel="No role" />
            </select>
          </div>
        ))}
      </div>
      <Button type="submit" variant="primary" className="mt-4">
        Compare
      </Button>
    </form>
  );
}
