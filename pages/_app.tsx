import type { AppProps } from 'next/app';
import Head from 'next/head';
import { SiteFrame } from '@/components/layout/site-frame';
import '../app/globals.css';

/** Reading pages: the same frame as the App Router pages, with the plain search form (no React runs here). */
export default function ReadingPageApp({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteFrame interactive={false}>
        <Component {...pageProps} />
      </SiteFrame>
    </>
  );
}
