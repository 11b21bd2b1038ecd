import { checkContent } from '../../lib/content/load';
import { writeGeneratedModules } from '../../scripts/write-generated';

/** Vitest global setup: the modules the build generates from the content, so tests can import the components that read them. */
export default async function setup() {
  const { content } = checkContent();
  if (content) await writeGeneratedModules(content);
}
