// Progressive enhancement for every page, in plain JavaScript so reading pages ship no framework.
// Everything here also works without it: links copy by hand, search is a form, tooltips show on
// hover and focus through CSS. Event delegation covers markup React renders later on app pages.
(() => {
  const canShare = typeof navigator.share === 'function';
  const showShareButtons = () => {
    for (const box of document.querySelectorAll('[data-share]')) {
      box.querySelector('[data-share-copy]')?.removeAttribute('hidden');
      if (canShare) box.querySelector('[data-share-native]')?.removeAttribute('hidden');
    }
    for (const button of document.querySelectorAll('[data-print-page][hidden]')) button.removeAttribute('hidden');
  };
  showShareButtons();
  new MutationObserver(showShareButtons).observe(document.body, { childList: true, subtree: true });

  document.addEventListener('click', async (event) => {
    // "Print this page/plan": the print styles make the handout.
    if (event.target instanceof Element && event.target.closest('[data-print-page]')) {
      window.print();
      return;
    }
    const button = event.target instanceof Element ? event.target.closest('[data-share-copy], [data-share-native]') : null;
    const box = button?.closest('[data-share]');
    if (!button || !box) return;
    const url = new URL(box.getAttribute('data-share') || location.pathname, location.origin).href;
    const status = box.querySelector('[role="status"]');
    if (button.hasAttribute('data-share-native')) {
      // Closing the share sheet rejects too; nothing to report.
      navigator.share({ title: box.getAttribute('data-share-title') || document.title, url }).catch(() => {});
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = 'Link copied.';
    } catch {
      if (status) status.textContent = `Copy this address: ${url}`;
    }
  });

  // Sections marked to print open (advice on a route) are opened for paper and closed again after;
  // print styles do it with ::details-content where the browser has it.
  let openedForPrint = [];
  window.addEventListener('beforeprint', () => {
    openedForPrint = [...document.querySelectorAll('details[data-print="open"]:not([open])')];
    for (const details of openedForPrint) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of openedForPrint) details.open = false;
    openedForPrint = [];
  });

  const isTyping = (target) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      // WCAG 1.4.13: a hovered or focused glossary tooltip can be dismissed without moving.
      for (const wrapper of document.querySelectorAll('[data-term-link]:hover, [data-term-link]:focus-within')) {
        wrapper.setAttribute('data-dismissed', '');
        const reset = () => wrapper.removeAttribute('data-dismissed');
        wrapper.addEventListener('mouseleave', reset, { once: true });
        wrapper.addEventListener('focusout', reset, { once: true });
      }
      return;
    }
    if (isTyping(event.target)) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    // Pages where React runs replace the field with the instant-search dialog, which handles these keys.
    const field = document.getElementById('site-search-q');
    if ((!slash && !commandK) || !(field instanceof HTMLInputElement) || field.offsetParent === null) return;
    event.preventDefault();
    field.focus();
  });
})();
