import { listEntries, unknownEntryNotices } from './match';
import { unknownSlugNotice, type Parsed, type SearchParams } from './shared';

/*
 * The compare page's URL: /compare?roles=customer-service-representative,technical-support-specialist
 * Up to three role slugs, comma-separated; `roles` may also be repeated (`roles=a&roles=b`) because
 * the page's picking form sends one select each. Unknown and repeated slugs are dropped (unknown
 * ones with a notice), and roles past the third are left out with a notice.
 */

export const maxComparedRoles = 3;

export function parseCompareParams(params: SearchParams, knownRoles: readonly string[]): Parsed<{ roles: string[] }> {
  const { value: entries, notices } = listEntries(params, 'roles');
  const unknown = unknownEntryNotices('roles');
  const roles: string[] = [];
  let extra = false;
  for (const entry of entries) {
    const slug = entry.toLowerCase();
    if (!knownRoles.includes(slug)) unknown.add(slug, () => unknownSlugNotice(entry, knownRoles, 'role'));
    else if (roles.includes(slug)) continue;
    else if (roles.length < maxComparedRoles) roles.push(slug);
    else extra = true;
  }
  if (extra) notices.push(`Only ${maxComparedRoles} roles can be compared at once; the rest were left out.`);
  return { value: { roles }, notices: [...new Set([...notices, ...unknown.list()])] };
}

/** The address of a comparison of these roles, comma-separated as documented; the reverse of parseCompareParams. */
export function compareHref(roles: readonly string[]): string {
  return roles.length ? `/compare?roles=${roles.join(',')}` : '/compare';
}
