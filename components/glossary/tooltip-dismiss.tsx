'use client';

import { useEffect } from 'react';

let mounted = 0;

function dismissOnEscape(event: KeyboardEvent) {
  if (event.key !== 'Escape') return;
  for (const wrapper of document.querySelectorAll<HTMLElement>('[data-term-link]:hover, [data-term-link]:focus-within')) {
    wrapper.setAttribute('data-dismissed', '');
    const reset = () => wrapper.removeAttribute('data-dismissed');
    wrapper.addEventListener('mouseleave', reset, { once: true });
    wrapper.addEventListener('focusout', reset, { once: true });
  }
}

/** One document-wide Escape listener, however many term links a page has. Renders nothing. */
export function TooltipDismiss() {
  useEffect(() => {
    if (mounted++ === 0) document.addEventListener('keydown', dismissOnEscape);
    return () => {
      if (--mounted === 0) document.removeEventListener('keydown', dismissOnEscape);
    };
  }, []);
  return null;
}
