import { compile, evaluate, runSync } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';

// Guides are compiled on the server at build time; no MDX runtime reaches the browser (guide pages
// ship no JavaScript at all). The source is our own content, never input.

/** Compiles and runs a guide in one step (tests, and any async server component). */
export async function compileGuide(source: string): Promise<MDXContent> {
  const { default: Content } = await evaluate(source, { ...runtime, baseUrl: import.meta.url });
  return Content;
}

/** The compiled guide as code, which can travel through getStaticProps as a string. */
export async function compileGuideCode(source: string): Promise<string> {
  return String(await compile(source, { outputFormat: 'function-body' }));
}

/** Runs code from compileGuideCode during a synchronous render. */
export function runGuideCode(code: string): MDXContent {
  return runSync(code, { ...runtime, baseUrl: import.meta.url }).default;
}
