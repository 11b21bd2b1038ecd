'use client';

import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { useEffect, useRef, useState, type ReactNode } from 'react';

const buttonClass =
  'min-h-11 min-w-11 rounded-md border border-slate-300 bg-white px-3 text-lg font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/**
 * Adds pan and zoom (wheel, pinch, drag, buttons) and neighbour highlighting to a server-rendered
 * role graph. The SVG's viewBox already fits the whole graph, so "reset" is the identity transform.
 */
export function ZoomableSvg({ children }: { children: ReactNode }) {
  const wrapper = useRef<HTMLDivElement>(null);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown>>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const svg = wrapper.current?.querySelector<SVGSVGElement>('svg[data-graph]');
    const layer = svg?.querySelector('[data-zoom-layer]');
    if (!svg || !layer) return;
    const zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.8, 8])
      .on('zoom', (event: { transform: { toString(): string } }) => layer.setAttribute('transform', event.transform.toString()));
    const selection = select(svg).call(zoomer);
    behaviour.current = zoomer;

    const nodeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('a[data-node]') : null);
    const highlight = (event: Event) => {
      const node = nodeOf(event.target);
      if (!node) return;
      const slug = node.dataset.node ?? '';
      const lit = new Set([slug, ...(node.dataset.neighbours ?? '').split(' ')]);
      svg.dataset.highlighting = slug;
      for (const n of svg.querySelectorAll<SVGAElement>('a[data-node]')) n.toggleAttribute('data-lit', lit.has(n.dataset.node ?? ''));
      for (const e of svg.querySelectorAll<SVGPathElement>('path[data-from]')) e.toggleAttribute('data-lit', e.dataset.from === slug || e.dataset.to === slug);
    };
    const clear = () => delete svg.dataset.highlighting;
    // A node reached by Tab while zoomed in may be off screen: bring it to the middle.
    const reveal = (event: FocusEvent) => {
      const node = nodeOf(event.target);
      if (!node || zoomTransform(svg).k <= 1 || !node.matches(':focus-visible')) return;
      const box = node.getBBox();
      zoomer.translateTo(selection, box.x + box.width / 2, box.y + box.height / 2);
    };
    svg.addEventListener('pointerover', highlight);
    svg.addEventListener('focusin', highlight);
    svg.addEventListener('focusin', reveal);
    svg.addEventListener('pointerleave', clear);
    svg.addEventListener('focusout', clear);
    setReady(true);
    return () => {
      selection.on('.zoom', null);
      svg.removeEventListener('pointerover', highlight);
      svg.removeEventListener('focusin', highlight);
      svg.removeEventListener('focusin', reveal);
      svg.removeEventListener('pointerleave', clear);
      svg.removeEventListener('focusout', clear);
    };
  }, []);

  const act = (action: (z: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => () => {
    const svg = wrapper.current?.querySelector<SVGSVGElement>('svg[data-graph]');
    if (svg && behaviour.current) action(behaviour.current, svg);
  };

  return (
    <div ref={wrapper} className="relative overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700">
      {/* Without JavaScript the buttons could do nothing, so they appear once zoom is attached. */}
      <div role="group" aria-label="Zoom the graph" hidden={!ready} className="absolute right-2 top-2 z-10 flex gap-1">
        <button type="button" className={buttonClass} aria-label="Zoom in" onClick={act((z, svg) => z.scaleBy(select(svg), 1.4))}>
          +
        </button>
        <button type="button" className={buttonClass} aria-label="Zoom out" onClick={act((z, svg) => z.scaleBy(select(svg), 1 / 1.4))}>
          −
        </button>
        <button type="button" className={`${buttonClass} text-sm`} onClick={act((z, svg) => z.transform(select(svg), zoomIdentity))}>
          Reset
        </button>
      </div>
      {children}
    </div>
  );
}
