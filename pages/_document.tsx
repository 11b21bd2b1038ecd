import { Head, Html, Main, NextScript } from 'next/document';
import { enhancementScript } from '@/components/layout/site-frame';

/**
 * The document of the reading pages (Pages Router, `unstable_runtimeJS: false`): what the App
 * Router's root layout and metadata add to every page, written once here.
 */
export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#020617" media="(prefers-color-scheme: dark)" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" type="image/x-icon" />
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
        <script src={enhancementScript} defer />
      </Head>
      <body className="flex min-h-screen flex-col font-sans">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
