// Class lists shared by controls across pages, so buttons, fields and panels look the same everywhere.
export const buttonClass =
  'inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:border-brand-600 hover:bg-brand-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-sky-300 dark:hover:bg-slate-800';
export const primaryButtonClass =
  'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';
export const fieldClass =
  'block min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';
export const panelClass = 'rounded-lg border border-slate-200 p-4 dark:border-slate-700';
export const mutedTextClass = 'text-slate-700 dark:text-slate-300';
