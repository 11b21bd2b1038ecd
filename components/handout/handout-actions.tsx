import { ShareButton } from '@/components/ui/share-button';
import { PrintButton } from './print-button';

/** "Print this plan" and "Copy link" for a page whose address is the plan. */
export function HandoutActions({ path, title }: { path: string; title: string }) {
  return <ShareButton path={path} title={title} before={<PrintButton />} />;
}
