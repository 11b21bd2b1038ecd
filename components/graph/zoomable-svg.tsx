'use client';

import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { mutedTextClass } from '@/components/ui/styles';

const buttonClass =
  'min-h-11 min-w-11 rounded-md border border-slate-300 bg-white px-3 text-base font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

const minScale = 0.2;
const maxScale = 3;

/** The graph drawn inside the frame. */
const svgIn = (box: HTMLElement | null) => box?.querySelector<SVGSVGElement>('svg[data-graph]') ?? null;

/**
 * Frames a server-rendered role graph drawn at natural size. The frame scrolls, so panning is the
 * browser's own (touch, wheel, scrollbars, and Tab brings a focused role into view) and works without
 * JavaScript. Script adds zoom buttons, "show everything", opening on the `focus` role, and
 * neighbour highlighting.
 */
export function ZoomableSvg({ children, focus }: { children: ReactNode; focus?: string }) {
  const frame = useRef<HTMLElement>(null);
  const [scale, setScale] = useState(1);
  const [ready, setReady] = useState(false);

  // Resizes the drawing, keeping the point at the middle of the frame where it was.
  const zoomTo = (next: number) => {
    const box = frame.current;
    const svg = svgIn(box);
    if (!box || !svg) return;
    const k = Math.min(maxScale, Math.max(minScale, next));
    const middle = { x: (box.scrollLeft + box.clientWidth / 2) / scale, y: (box.scrollTop + box.clientHeight / 2) / scale };
    svg.style.width = `${Number(svg.dataset.width) * k}px`;
    svg.style.height = `${Number(svg.dataset.height) * k}px`;
    box.scrollTo({ left: middle.x * k - box.clientWidth / 2, top: middle.y * k - box.clientHeight / 2 });
    setScale(k);
  };

  const fitAll = () => {
    const box = frame.current;
    const svg = svgIn(box);
    if (!box || !svg) return;
    zoomTo(Math.min(box.clientWidth / Number(svg.dataset.width), box.clientHeight / Number(svg.dataset.height)));
  };

  useEffect(() => {
    const box = frame.current;
    const svg = svgIn(box);
    if (!box || !svg) return;
    // Open at natural size on the person's role, or on the first entry role, scrolling only if it is
    // out of sight, so the level and track names at the top left stay in view when they can.
    const openOnFocus = () => {
      const target = svg.querySelector<SVGGraphicsElement>(focus ? `a[data-node="${CSS.escape(focus)}"]` : 'a[data-node]');
      if (!target) return;
      const node = target.getBBox();
      const top = node.y - svg.viewBox.baseVal.y;
      box.scrollTo({
        left: node.x + node.width > box.clientWidth ? node.x - 24 : 0,
        top: top + node.height > box.clientHeight ? top - box.clientHeight / 3 : 0,
      });
    };
    // Measured once the browser has drawn the next frame: measuring inside this effect, which runs in
    // the task that hydrates the page, would make the browser style and lay out the whole page there
    // too, one long task on a phone instead of two short ones.
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    const nextFrame = requestAnimationFrame(() => {
      afterFrame = setTimeout(openOnFocus);
    });

    const nodeOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<SVGAElement>('a[data-node]') : null);
    const highlight = (event: Event) => {
      const node = nodeOf(event.target);
      if (!node) return;
      const slug = node.dataset.node ?? '';
      // Its neighbours are the other ends of the lines that touch it (the drawing carries no second copy of them).
      const lit = new Set([slug]);
      for (const e of svg.querySelectorAll<SVGPathElement>('path[data-from]')) {
        const touches = e.dataset.from === slug || e.dataset.to === slug;
        e.toggleAttribute('data-lit', touches);
        if (touches) lit.add(e.dataset.from === slug ? (e.dataset.to ?? '') : (e.dataset.from ?? ''));
      }
      svg.dataset.highlighting = slug;
      for (const n of svg.querySelectorAll<SVGAElement>('a[data-node]')) n.toggleAttribute('data-lit', lit.has(n.dataset.node ?? ''));
    };
    const clear = () => delete svg.dataset.highlighting;
    svg.addEventListener('pointerover', highlight);
    svg.addEventListener('focusin', highlight);
    svg.addEventListener('pointerleave', clear);
    svg.addEventListener('focusout', clear);
    startTransition(() => setReady(true));
    return () => {
      cancelAnimationFrame(nextFrame);
      clearTimeout(afterFrame);
      svg.removeEventListener('pointerover', highlight);
      svg.removeEventListener('focusin', highlight);
      svg.removeEventListener('pointerleave', clear);
      svg.removeEventListener('focusout', clear);
    };
  }, [focus]);

  return (
    <div>
      {/* Without JavaScript the buttons could do nothing, so they appear once the script runs. */}
      <fieldset hidden={!ready} className="mb-2 flex flex-wrap items-center gap-2">
        <legend className="sr-only">Zoom the graph</legend>
        <button type="button" className={buttonClass} aria-label="Zoom in" onClick={() => zoomTo(scale * 1.4)}>
          +
        </button>
        <button type="button" className={buttonClass} aria-label="Zoom out" onClick={() => zoomTo(scale / 1.4)}>
          −
        </button>
        <button type="button" className={buttonClass} onClick={fitAll}>
          Show everything
        </button>
        <button type="button" className={buttonClass} onClick={() => zoomTo(1)}>
          Actual size
        </button>
        <span className={`text-sm ${mutedTextClass}`} aria-live="polite" data-zoom-level="">
          {Math.round(scale * 100)}%
        </span>
      </fieldset>
      <section
        ref={frame}
        data-graph-frame=""
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so a keyboard user can scroll the frame itself with the arrow keys (WCAG 2.1.1)
        tabIndex={0}
        aria-label="Growth graph, scrollable"
        className="max-h-[75vh] overflow-auto print:max-h-none print:overflow-visible overscroll-contain rounded-lg border border-slate-300 focus-visible:outline-3 focus-visible:outline-blue-700 dark:border-slate-700"
      >
        {children}
      </section>
    </div>
  );
}
