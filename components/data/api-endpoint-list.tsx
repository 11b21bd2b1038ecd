import type { ApiEndpoint } from '@/lib/api/endpoints';
import { apiSchemas } from '@/lib/api/schemas';

const code = 'rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800';

/** Every JSON endpoint with its parameters, what it answers and a real example to open. */
export function ApiEndpointList({ endpoints }: { endpoints: readonly ApiEndpoint[] }) {
  return (
    <ul className="mt-4 space-y-4">
      {endpoints.map((endpoint) => {
        const schema = apiSchemas.get(endpoint.schema)?.id;
        return (
          <li key={endpoint.path} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="font-mono text-base font-semibold break-all">GET {endpoint.path}</h3>
            <p className="mt-1">{endpoint.summary}.</p>
            {endpoint.parameters.length > 0 && (
              <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                {endpoint.parameters.map((p) => (
                  <div key={p.name} className="contents">
                    <dt>
                      <code className={code}>{p.name}</code>
                      {p.required ? ' (required)' : ''}
                    </dt>
                    <dd>{p.description}</dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="mt-2 text-sm">
              Example:{' '}
              <a href={endpoint.example} className="font-mono break-all">
                {endpoint.example}
              </a>
            </p>
            <p className="mt-1 text-sm">
              Answers: {schema ? <a href={`/api/v1/schemas/${schema}`}>{schema}</a> : 'JSON'}
              {endpoint.badRequest ? '; 400 for parameters it cannot read' : ''}
              {endpoint.notFound ? '; 404 with suggestions for an unknown slug' : ''}.
            </p>
          </li>
        );
      })}
    </ul>
  );
}
