// Skill slugs that were published and later split: an old link keeps working by standing for the
// skills that replaced it. Kept free of imports so browser code and next.config can use it.

/** Retired skill slug -> the skills that replaced it, in the order to offer them. */
export const skillAliases: Readonly<Record<string, readonly string[]>> = {
  // The article's niches ("like healthcare, finance, or legal" and insurance claims) differ too
  // much for one skill to stand for all of them.
  'industry-knowledge': ['healthcare-knowledge', 'finance-knowledge', 'insurance-knowledge', 'legal-knowledge'],
};

/** Where a retired skill's page now points: the skills catalogue's section listing its replacements. */
export function skillAliasDestination(retired: string): string {
  return `/skills#${retired}`;
}
