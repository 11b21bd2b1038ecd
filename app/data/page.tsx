import type { Metadata } from 'next';
import { PageSection } from '@/components/ui/detail-section';
import { ApiEndpointList } from '@/components/data/api-endpoint-list';
import { CsvDownloadList } from '@/components/data/csv-download-list';
import { DataTerms } from '@/components/data/data-terms';
import { apiEndpoints } from '@/lib/api/endpoints';
import { csvDownloads } from '@/lib/api/csv';
import { getContent } from '@/lib/content/load';
import { mutedTextClass } from '@/components/ui/styles';

export const metadata: Metadata = {
  title: 'Open data',
  description: 'Every role, skill, move, term and certification as JSON and CSV, with JSON Schemas, an OpenAPI 3.1 document, the licence and the source.',
  alternates: { canonical: '/data' },
};

export default function DataPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Open data</h1>
      <p className={`mt-2 ${mutedTextClass}`}>
        Everything this site knows, for your own careers page, spreadsheet or tool: the same content and the same workings as the pages, as JSON and as CSV.
      </p>
      <PageSection id="downloads" title="Downloads for spreadsheets" className="mt-8">
        <p className="mt-2">
          CSV with a header row, in UTF-8; fields with commas, quotes or line breaks are quoted (RFC 4180). Lists inside one cell are separated by “; ”.
        </p>
        <CsvDownloadList downloads={csvDownloads} content={getContent()} />
      </PageSection>
      <PageSection id="api" title="JSON API" className="mt-10">
        <p className="mt-2">
          Read-only, version 1, under <code>/api/v1/</code>. The whole API is described by an <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>, whose
          schemas are also served one by one as JSON Schema.
        </p>
        <ApiEndpointList endpoints={apiEndpoints} />
      </PageSection>
      <DataTerms article={getContent().article} />
    </div>
  );
}
