import { jsonLdScriptText } from '@/lib/structured-data';

/** A page's schema.org data as a JSON-LD script, the one place the pages write one. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be raw script text; it is built from our content with every `<` escaped, so nothing can end the tag early
      dangerouslySetInnerHTML={{ __html: jsonLdScriptText(data) }}
    />
  );
}
