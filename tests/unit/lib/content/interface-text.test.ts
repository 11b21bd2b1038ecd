import { describe, expect, it } from 'vitest';
import { articleFingerprintSchema, fingerprintArticle } from '@/lib/content/fingerprint';
import { interfaceProse, interfaceTextProblems } from '@/lib/content/interface-text';
import { readInterfaceSources, readRawContent } from '@/lib/content/load';

// The words of pages and components are checked like content: no copied run, no frequency word
// outside a quote, every <q> the article's words.
const tiny = fingerprintArticle(
  'Agents answer customers. Skills Required: Excellent talking and listening.\nCareer Growth: agents can move up to team leads, who lead a team.',
  { title: 'Tiny', publisher: 'Tests', address: 'https://example.org/tiny' },
);

const page = `import Link from 'next/link';
export function Page({ role }: { role: string }) {
  return (
    <section aria-label="How agents grow" className="mt-4 grid gap-2 text-slate-700">
      <h2>Where it leads</h2>
      <p>
        In short, good agents can move up to <Link href="/roles/team-leader">team leads</Link>, who lead a team of their
        own. The article says <q className="italic">agents can move up</q>, and {role} is one of them.
      </p>
      <p>Based on <cite>Excellent Talking and Listening: a study</cite>. Agents usually start here.</p>
      <p>It also says <q>agents always lead</q>.</p>
    </section>
  );
}
const label = 'Most agents answer customers';
`;

describe('the interface’s words', () => {
  it('are the text a reader sees: JSX text across inline links, quotes apart, attributes and strings, no markup or titles', () => {
    const segments = interfaceProse('components/page.tsx', page);
    const text = (s: { text: string }) => s.text.replace(/\s+/g, ' ').trim();
    expect(segments.filter((s) => s.quote).map(text)).toEqual(['agents can move up', 'agents always lead']);
    const prose = segments.filter((s) => !s.quote).map(text);
    expect(prose).toContain('In short, good agents can move up to team leads, who lead a team of their own. The article says');
    expect(prose).toContain('How agents grow');
    expect(prose).toContain('Most agents answer customers');
    expect(prose.join(' ')).not.toMatch(/Excellent Talking|className|slate|team-leader/);
  });

  it('fail on a copied run across a link, a frequency word outside a quote and a quote the article does not say, each with its line', () => {
    const problems = interfaceTextProblems([{ file: 'components/page.tsx', data: page }], tiny);
    expect(problems.map((p) => p.path)).toEqual(['line 7', 'line 10', 'line 11', 'line 15']);
    expect(problems[0]?.message).toMatch(/^"agents can move up to team leads who lead a team" copies 11 words of the article/);
    expect(problems[1]?.message).toMatch(/^"usually" claims how common something is/);
    expect(problems[2]?.message).toMatch(/^"agents always lead" is not in the article word for word/);
    expect(problems[3]?.message).toMatch(/^"most" claims how common something is/);
  });

  it('pass on every page, route and component of the site', () => {
    const fingerprint = articleFingerprintSchema.parse(readRawContent().raw.fingerprint.data);
    const sources = readInterfaceSources();
    expect(sources.length).toBeGreaterThan(100);
    expect(interfaceTextProblems(sources, fingerprint)).toEqual([]);
  });
});
