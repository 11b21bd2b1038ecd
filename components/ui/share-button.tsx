/**
 * Copy link, and the system share sheet where the browser has one. Plain markup: the enhancement
 * script (public/enhance.js) wires the buttons and shows them, so reading pages need no framework,
 * and without JavaScript no dead button is shown. The address is built from the current origin, so
 * a copied link always opens on the site it came from.
 */
export function ShareButton({ path, title }: { path: string; title: string }) {
  const button =
    'inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:border-brand-600 hover:bg-brand-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-sky-300 dark:hover:bg-slate-800';
  return (
    <div data-print="hide" data-share={path} data-share-title={title} className="flex flex-wrap items-center gap-3">
      <button type="button" data-share-copy="" hidden aria-label={`Copy link to ${title}`} className={button}>
        Copy link
      </button>
      <button type="button" data-share-native="" hidden aria-label={`Share ${title}`} className={button}>
        Share…
      </button>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300" />
    </div>
  );
}
