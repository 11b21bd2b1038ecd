import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without viewport prefetching. Role, skill and guide pages carry dozens of links; fetching
 * each one's payload as it scrolls into view kept the main thread busy on slow phones. Links still
 * prefetch on hover and touch, just before they are used.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
