import type { Content } from '@/lib/content/schemas';
import { guideComponents } from './guide-components';
import { runGuideCode } from './mdx';

/** A guide's MDX, compiled at build time (compileGuideCode), rendered to static HTML. */
export function GuideBody({ code, content }: { code: string; content: Content }) {
  const Body = runGuideCode(code);
  return <Body components={guideComponents(content)} />;
}
