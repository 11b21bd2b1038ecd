'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { mutedTextClass, panelClass } from '@/components/ui/styles';
import type { CvLine } from '@/lib/cv-lines';

/**
 * Lines for a CV (lib/cv-lines.ts): the work the person told us about, with a copy button that
 * confirms through a live region, and for skills no work shows, a way to show each with an example
 * of their own, labelled as claiming no job.
 */
export function CvLines({ lines, skillName }: { lines: readonly CvLine[]; skillName: (slug: string) => string }) {
  const [message, setMessage] = useState('');
  const work = lines.flatMap((line) => (line.kind === 'work' ? [line] : []));
  const prompts = lines.flatMap((line) => (line.kind === 'show-skill' ? [line] : []));

  async function copy() {
    try {
      await navigator.clipboard.writeText(work.map((line) => `• ${line.text}`).join('\n'));
      setMessage(`Copied ${work.length === 1 ? 'one line' : `${work.length} lines`} to the clipboard.`);
    } catch {
      setMessage('Copying was not allowed here; select the lines and copy them yourself.');
    }
  }

  return (
    <section aria-labelledby="cv-heading" className={panelClass}>
      <h2 id="cv-heading" className="text-xl font-semibold">
        Lines for your CV
      </h2>
      {lines.length === 0 ? (
        <p className={`mt-2 ${mutedTextClass}`}>Tick tasks you have done, or the role you have now, and lines describing that work appear here.</p>
      ) : (
        <>
          <h3 className="mt-3 font-semibold">Work you have done</h3>
          {work.length === 0 ? (
            <p className={`mt-1 ${mutedTextClass}`}>
              None yet: a line here only ever describes work you told us about. Tick tasks you have done, or the role you have now.
            </p>
          ) : (
            <>
              <ul className="mt-1 list-disc space-y-1 pl-5" data-cv-work="">
                {work.map((line) => (
                  <li key={line.text}>{line.text}</li>
                ))}
              </ul>
              <Button onClick={copy} className="mt-3" data-print="hide">
                Copy these lines
              </Button>
            </>
          )}
          {prompts.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">Show a skill with an example of your own</h3>
              <p className={`mt-1 text-sm ${mutedTextClass}`}>These claim no job: prepare an answer to each for your CV or an interview.</p>
              <ul className="mt-1 list-disc space-y-1 pl-5" data-cv-show-skill="">
                {prompts.map((line) => (
                  <li key={line.skill}>
                    <strong>{skillName(line.skill)}:</strong> {line.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p role="status" aria-live="polite" className="mt-2 text-sm">
        {message}
      </p>
    </section>
  );
}
