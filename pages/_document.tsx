import { Head, Html, Main, NextScript } from 'next/document';
import { documentSettings } from '@/lib/page-metadata';

/**
 * The document of the reading pages (Pages Router, `unstable_runtimeJS: false`): the settings the
 * App Router's root layout and metadata hand to Next, from the same module, written as tags.
 */
export default function Document() {
  return (
    <Html lang={documentSettings.lang}>
      <Head>
        {documentSettings.themeColors.map(({ media, color }) => (
          <meta key={media} name="theme-color" content={color} media={media} />
        ))}
        {documentSettings.icons.map(({ href, sizes, type }) => (
          <link key={href} rel="icon" href={href} sizes={sizes} type={type} />
        ))}
        <script src={documentSettings.enhancementScript} defer />
      </Head>
      <body className={documentSettings.bodyClassName}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
