'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { mutedTextClass, panelClass } from '@/components/ui/styles';

/**
 * "Your BPO experience in words": each held skill's CV line from the content (nothing generated),
 * with a copy button that confirms through a live region.
 */
export function CvLines({ lines }: { lines: readonly { skill: string; text: string }[] }) {
  const [message, setMessage] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(lines.map((line) => `• ${line.text}`).join('\n'));
      setMessage(`Copied ${lines.length === 1 ? 'one line' : `${lines.length} lines`} to the clipboard.`);
    } catch {
      setMessage('Copying was not allowed here; select the lines and copy them yourself.');
    }
  }

  return (
    <section aria-labelledby="cv-heading" className={panelClass}>
      <h2 id="cv-heading" className="text-xl font-semibold">
        Your BPO experience in words
      </h2>
      {lines.length === 0 ? (
        <p className={`mt-2 ${mutedTextClass}`}>Pick skills or tasks and CV-ready lines about them appear here.</p>
      ) : (
        <>
          <p className={`mt-1 text-sm ${mutedTextClass}`}>Lines for your CV, one per skill the match counted (picked, from tasks or from your current role).</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {lines.map((line) => (
              <li key={line.skill}>{line.text}</li>
            ))}
          </ul>
          {/* Rendered on the server too, so nothing appears after hydration; without JavaScript it does nothing. */}
          <Button onClick={copy} className="mt-3" data-print="hide">
            Copy these lines
          </Button>
        </>
      )}
      <p role="status" aria-live="polite" className="mt-2 text-sm">
        {message}
      </p>
    </section>
  );
}
