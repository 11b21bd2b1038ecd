/** One URL for every kind of page, shared by the accessibility and privacy checks. */
export const pageKinds: { kind: string; path: string }[] = [
  { kind: 'home', path: '/' },
  { kind: 'role catalogue', path: '/roles?track=front-office,back-office&level=entry' },
  { kind: 'role', path: '/roles/customer-service-representative' },
  { kind: 'skills catalogue', path: '/skills' },
  { kind: 'skill', path: '/skills/communication' },
  { kind: 'past jobs', path: '/backgrounds' },
  { kind: 'past job', path: '/backgrounds/nurse' },
  { kind: 'growth graph', path: '/paths' },
  { kind: 'path plan', path: '/paths?from=customer-service-representative&to=operations-manager' },
  { kind: 'match with results', path: '/match?skills=communication:strong,empathy,problem-solving&target=team-leader' },
  { kind: 'match from a past job', path: '/match?background=retail-supervisor&without=empathy' },
  { kind: 'comparison', path: '/compare?roles=customer-service-representative,technical-support-specialist,back-office-specialist' },
  { kind: 'guides', path: '/guides' },
  { kind: 'guide', path: '/guides/road-to-leadership' },
  { kind: 'glossary', path: '/glossary' },
  { kind: 'search results', path: '/search?q=team' },
  { kind: 'about', path: '/about' },
  { kind: 'open data', path: '/data' },
  { kind: '404', path: '/roles/does-not-exist' },
  { kind: 'bad parameters', path: '/paths?from=%3Cscript%3E&to=nope' },
];

/** Pages that only present content: served as plain HTML with the enhancement script and no framework. */
export const readingPageKinds = ['home', 'role catalogue', 'role', 'skills catalogue', 'skill', 'past jobs', 'past job', 'guides', 'guide', 'glossary', 'about'];
