import { z } from 'zod';
import { siteDescription, siteName, siteUrl } from '../site';
import { csvDownloads } from './csv';
import { apiEndpoints } from './endpoints';
import type { ArticleCitation } from '../content/fingerprint';
import { dataLicence } from './meta';
import { apiSchemas, apiVersion, problemSchema } from './schemas';

// JSON Schemas (draft 2020-12, the dialect OpenAPI 3.1 uses) and the OpenAPI document, both
// generated from the zod schemas in lib/api/schemas.ts.

type JsonSchema = Record<string, unknown>;

/** Every published schema by name, with references between them as OpenAPI component refs. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: 'draft-2020-12', io: 'output', uri: (id) => `#/components/schemas/${id}` });
  // Inside an OpenAPI document the dialect is implied and a fragment-only $id is not allowed.
  return Object.fromEntries(Object.entries(schemas).map(([name, { $schema: _s, $id: _i, ...schema }]) => [name, schema as JsonSchema]));
}

/** The schemas published on their own: every endpoint's response, and the problem document. */
function publishedSchemas(): Map<string, z.ZodType> {
  const byName = new Map<string, z.ZodType>();
  for (const schema of [...apiEndpoints.map((e) => e.schema), problemSchema]) {
    const id = apiSchemas.get(schema)?.id;
    if (id) byName.set(id, schema);
  }
  return byName;
}

export const publishedSchemaNames = (): string[] => [...publishedSchemas().keys()];

/** One response schema as a standalone JSON Schema document, references inlined; undefined if unknown. */
export function standaloneSchema(name: string): JsonSchema | undefined {
  const schema = publishedSchemas().get(name);
  if (!schema) return undefined;
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }), $id: `${siteUrl}/api/v1/schemas/${name}`, title: name };
}

const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${apiSchemas.get(schema)?.id ?? 'unknown'}` });

/** The OpenAPI document; `article` is the source it names (content's citation of the article). */
export function openApiDocument(article: ArticleCitation): Record<string, unknown> {
  const problem = { 'application/problem+json': { schema: ref(problemSchema) } };
  const cachingHeaders = {
    ETag: { description: 'Changes when the answer changes; send it back in If-None-Match to get 304', schema: { type: 'string' } },
    'Cache-Control': { schema: { type: 'string' } },
    'API-Version': { description: 'Major version of the API', schema: { type: 'string', const: apiVersion } },
  };
  const paths: Record<string, unknown> = {};
  for (const endpoint of apiEndpoints) {
    const responses: Record<string, unknown> = {
      '200': { description: 'OK', headers: cachingHeaders, content: { 'application/json': { schema: ref(endpoint.schema) } } },
      '304': { description: 'Not modified: the ETag sent in If-None-Match still holds', headers: cachingHeaders },
    };
    if (endpoint.badRequest) responses['400'] = { description: 'Parameters that could not be read, with the notices the page shows', content: problem };
    if (endpoint.notFound) responses['404'] = { description: 'No such slug; the closest real ones are suggested', content: problem };
    paths[endpoint.path] = {
      get: {
        summary: endpoint.summary,
        operationId: operationId(endpoint.path),
        parameters: endpoint.parameters.map((p) => ({ name: p.name, in: p.in, required: p.required, description: p.description, schema: { type: 'string' } })),
        responses,
      },
    };
  }
  paths['/api/v1/schemas/{name}'] = {
    get: {
      summary: 'One response schema on its own, as a JSON Schema (2020-12) document',
      operationId: 'schemaByName',
      parameters: [
        { name: 'name', in: 'path', required: true, description: `One of: ${[...publishedSchemas().keys()].join(', ')}`, schema: { type: 'string' } },
      ],
      responses: {
        '200': { description: 'OK', headers: cachingHeaders, content: { 'application/schema+json': { schema: { type: 'object' } } } },
        '404': { description: 'No schema by that name; the closest are suggested', content: problem },
      },
    },
  };
  for (const download of csvDownloads) {
    paths[`/api/v1/${download.file}`] = {
      get: {
        summary: `${download.title} as CSV (RFC 4180, UTF-8 with a byte-order mark, header row)`,
        description: download.description,
        operationId: operationId(`/api/v1/${download.file}`),
        responses: { '200': { description: 'OK', headers: cachingHeaders, content: { 'text/csv': { schema: { type: 'string' } } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: `${siteName} open data`,
      version: `${apiVersion}.0.0`,
      summary: siteDescription,
      description: `Read-only. The same knowledge as the site, from the same content and functions. Source: “${article.title}” (${article.publisher}, ${article.address}), rewritten in the project’s own words.`,
      license: { name: dataLicence.name, identifier: dataLicence.spdx },
    },
    servers: [{ url: siteUrl }],
    paths,
    components: { schemas: componentSchemas() },
  };
}

function operationId(path: string): string {
  return path
    .replace('/api/v1/', '')
    .replace(/\{slug\}/, 'by-slug')
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((part, i) => (i === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
    .join('');
}
