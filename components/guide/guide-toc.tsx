import type { GuideHeading } from '@/lib/guides';

export function GuideToc({ headings }: { headings: GuideHeading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="toc-heading" className="text-base font-semibold">
        On this page
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
