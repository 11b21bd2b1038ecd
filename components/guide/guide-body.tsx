import type { Content } from '@/lib/content/schemas';
import { compileGuide } from '@/lib/mdx';
import { guideComponents } from './guide-components';

/** A guide's MDX rendered on the server (at build time: guide pages are static). */
export async function GuideBody({ source, content }: { source: string; content: Content }) {
  const Body = await compileGuide(source);
  return <Body components={guideComponents(content)} />;
}
