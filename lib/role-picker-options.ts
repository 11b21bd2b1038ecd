import type { Content } from './content/schemas';

/** A role as the typo-tolerant role pickers offer it: its title and the other words people use for it. */
export interface RoleOption {
  slug: string;
  title: string;
  /** Other words people type for the role ("call center", "CSR"): typing one finds it. */
  aliases?: readonly string[];
}

/** Every role as the pickers offer it, in content order. */
export function rolePickerOptions(content: Pick<Content, 'roles'>): RoleOption[] {
  return content.roles.map(({ slug, title, abbreviation, aliases }) => ({ slug, title, aliases: abbreviation ? [abbreviation, ...aliases] : aliases }));
}
