import { evaluate } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';

/**
 * Compiles and runs a guide's MDX on the server. Guide pages are static, so this runs once at
 * build time and no MDX runtime reaches the browser. The source is our own content, never input.
 */
export async function compileGuide(source: string): Promise<MDXContent> {
  const { default: Content } = await evaluate(source, { ...runtime, baseUrl: import.meta.url });
  return Content;
}
