import type { ReactNode } from 'react';
import { Button } from './button';
import { mutedTextClass } from './styles';

/**
 * Copy link, and the system share sheet where the browser has one. Plain markup: the enhancement
 * script (public/enhance.js) wires the buttons and shows them, so reading pages need no framework,
 * and without JavaScript no dead button is shown. The address is built from the current origin, so
 * a copied link always opens on the site it came from. `before` puts another action (a print
 * button) at the start of the row. Inside a wrapping row of other actions, `ownLine` starts it on a
 * line of its own, so the buttons appearing never push it onto a new one under the reader.
 */
export function ShareButton({ path, title, before, ownLine = false }: { path: string; title: string; before?: ReactNode; ownLine?: boolean }) {
  return (
    <div data-print="hide" data-share={path} data-share-title={title} className={`flex flex-wrap items-center gap-3${ownLine ? ' w-full' : ''}`}>
      {before}
      <Button data-share-copy="" hidden aria-label={`Copy link to ${title}`}>
        Copy link
      </Button>
      <Button data-share-native="" hidden aria-label={`Share ${title}`}>
        Share…
      </Button>
      <p role="status" className={`text-sm ${mutedTextClass}`} />
    </div>
  );
}
