import { pageRoutes } from '@/lib/routes';

/** One URL for every kind of page, shared by the accessibility and privacy checks: the registry's samples plus two error states. */
export const pageKinds: { kind: string; path: string }[] = [
  ...pageRoutes.flatMap((page) => page.samples.filter((sample) => sample.checks !== false).map((sample) => ({ kind: sample.kind, path: sample.url }))),
  { kind: '404', path: '/roles/does-not-exist' },
  { kind: 'bad parameters', path: '/paths?from=%3Cscript%3E&to=nope' },
];

/** Pages that only present content (the Pages Router ones): served as plain HTML with the enhancement script and no framework. */
export const readingPageKinds = pageRoutes
  .filter((page) => page.router === 'pages')
  .flatMap((page) => page.samples.filter((sample) => sample.checks !== false).map((sample) => sample.kind));
