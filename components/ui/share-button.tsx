'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
const canUseWebShare = () => typeof navigator.share === 'function';
const onServer = () => false;

/**
 * Copies the page's address, and offers the system share sheet where the browser has one. The
 * address is built from the current origin, so a copied link always opens on the site it came from.
 */
export function ShareButton({ path, title }: { path: string; title: string }) {
  const [message, setMessage] = useState('');
  // False on the server and in the first render, so hydration matches; "Share…" then appears at
  // the end of the row without moving anything.
  const webShare = useSyncExternalStore(noSubscription, canUseWebShare, onServer);
  const url = () => new URL(path, window.location.origin).href;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url());
      setMessage('Link copied.');
    } catch {
      setMessage(`Copy this address: ${url()}`);
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url: url() });
    } catch {
      // Closing the share sheet rejects too; nothing to report.
    }
  }

  const button =
    'inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:border-brand-600 hover:bg-brand-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-sky-300 dark:hover:bg-slate-800';
  return (
    <div data-print="hide" className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={copy} aria-label={`Copy link to ${title}`} className={button}>
        Copy link
      </button>
      {webShare && (
        <button type="button" onClick={share} aria-label={`Share ${title}`} className={button}>
          Share…
        </button>
      )}
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {message}
      </p>
    </div>
  );
}
