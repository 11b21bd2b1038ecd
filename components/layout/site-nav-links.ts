/** Header navigation; a page is listed here only once it exists. */
export const siteNavLinks: { href: string; label: string }[] = [
  { href: '/roles', label: 'Roles' },
  { href: '/skills', label: 'Skills' },
  { href: '/backgrounds', label: 'Jobs before BPO' },
  { href: '/match', label: 'Skill match' },
  { href: '/paths', label: 'Career paths' },
  { href: '/guides', label: 'Guides' },
  { href: '/glossary', label: 'Glossary' },
];
