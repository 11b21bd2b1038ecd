import { compile, runSync } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';

// The MDX types, taken from @mdx-js/mdx's own signatures rather than from its transitive @types/mdx.
type MDXContent = ReturnType<typeof runSync>['default'];
/** The components a compiled guide renders its tags with. */
export type MDXComponents = NonNullable<Parameters<MDXContent>[0]['components']>;

// Guides are compiled on the server at build time; no MDX runtime reaches the browser (guide pages
// ship no JavaScript at all). The source is our own content, never input.

/** The compiled guide as code, which can travel through getStaticProps as a string. */
export async function compileGuideCode(source: string): Promise<string> {
  return String(await compile(source, { outputFormat: 'function-body' }));
}

/** Runs code from compileGuideCode during a synchronous render. */
export function runGuideCode(code: string): MDXContent {
  return runSync(code, { ...runtime, baseUrl: import.meta.url }).default;
}
