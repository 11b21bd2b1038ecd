import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { guideComponents } from '@/components/guide/guide-components';
import { checkContent } from '@/lib/content/load';
import { guideHeadings } from '@/lib/guides';
import { compileGuideCode, runGuideCode } from '@/components/guide/mdx';

const { content } = checkContent();
if (!content) throw new Error('content must be valid for these tests');

async function render(source: string): Promise<string> {
  // The path the guide pages take: compiled to code at build time, run during the render.
  const Body = runGuideCode(await compileGuideCode(source));
  return renderToStaticMarkup(createElement(Body, { components: guideComponents(content!) }));
}

describe('guide MDX', () => {
  it('renders role, skill and term components as links, with names from the content', async () => {
    const html = await render('A <Role slug="team-leader" /> needs <Skill slug="empathy" /> and knows <Term slug="average-handle-time">AHT</Term>.');
    expect(html).toContain('<a href="/roles/team-leader">Team Leader</a>');
    expect(html).toContain('<a href="/skills/empathy">Empathy</a>');
    expect(html).toMatch(/<a [^>]*href="\/glossary#average-handle-time"[^>]*>AHT<\/a>/);
    expect(html).toContain('role="tooltip"');
  });

  it.each(content.guides.map((g) => [g.slug, g.source] as const))('gives “%s” h2 ids that match its table of contents', async (_slug, source) => {
    const html = await render(source);
    const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(guideHeadings(source).map((h) => h.id));
  });
});
