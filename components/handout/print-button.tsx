import { Button } from '@/components/ui/button';

/**
 * Opens the browser's print dialog; the page's print styles turn it into a handout. Plain markup
 * that public/enhance.js shows and wires, so it works on pages that ship no framework, and no dead
 * button appears without JavaScript.
 */
export function PrintButton({ label = 'Print this plan' }: { label?: string }) {
  return (
    <Button data-print-page="" hidden>
      {label}
    </Button>
  );
}
