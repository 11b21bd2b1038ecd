import type { Content } from '@/lib/content/schemas';
import { csvFor, type CsvDownload } from '@/lib/api/csv';

/** The CSV files, each with its columns and its first lines as they appear in the file. */
export function CsvDownloadList({ downloads, content }: { downloads: readonly CsvDownload[]; content: Content }) {
  return (
    <ul className="mt-4 space-y-4">
      {downloads.map((download) => {
        const firstLines = csvFor(download, content).split('\r\n').slice(0, 2).join('\n');
        return (
          <li key={download.file} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="text-base font-semibold">
              <a href={`/api/v1/${download.file}`} download={`bpo-${download.file}`}>
                {download.title} <span className="font-mono">({download.file})</span>
              </a>
            </h3>
            <p className="mt-1">{download.description}</p>
            <p className="mt-2 text-sm font-semibold">The first lines:</p>
            <pre className="mt-1 rounded bg-slate-100 p-2 text-xs break-all whitespace-pre-wrap dark:bg-slate-800">
              <code>{firstLines}</code>
            </pre>
          </li>
        );
      })}
    </ul>
  );
}
