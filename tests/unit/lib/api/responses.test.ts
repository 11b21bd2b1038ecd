import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { apiEndpoints } from '@/lib/api/endpoints';
import { csvDownloads } from '@/lib/api/csv';
import { getContent } from '@/lib/content/load';
import { callApi } from '../../../support/api-routes';

// The published documents cannot drift from the data: every endpoint's real answer (the route
// handler itself, on the real content) is validated against the schema the OpenAPI document
// publishes for it, with ajv.

type OpenApi = { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }> };

async function openApi(): Promise<OpenApi> {
  const response = await callApi('/api/v1/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as OpenApi;
}

async function validatorFor(document: OpenApi) {
  // The whole document is registered as one schema, so the component refs resolve as published.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'https://openapi.local/doc', ...document });
  return (path: string, status: string, contentType: string) => {
    const ref = document.paths[path]?.get.responses[status]?.content?.[contentType]?.schema.$ref;
    expect(ref, `${path} ${status} has a schema`).toBeDefined();
    const validate = ajv.getSchema(`https://openapi.local/doc${ref}`);
    expect(validate, ref).toBeDefined();
    return validate!;
  };
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(await openApi()) as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every endpoint and download', async () => {
    const document = await openApi();
    expect(Object.keys(document.paths).sort()).toEqual(
      [...apiEndpoints.map((e) => e.path), '/api/v1/schemas/{name}', ...csvDownloads.map((d) => `/api/v1/${d.file}`)].sort(),
    );
  });
});

describe('every endpoint answers what its schema says', () => {
  const content = getContent();
  const realUrls = [
    ...apiEndpoints.map((e) => ({ path: e.path, url: e.example })),
    ...content.roles.map((r) => ({ path: '/api/v1/roles/{slug}', url: `/api/v1/roles/${r.slug}` })),
    ...content.skills.map((s) => ({ path: '/api/v1/skills/{slug}', url: `/api/v1/skills/${s.slug}` })),
    { path: '/api/v1/match', url: '/api/v1/match' },
    { path: '/api/v1/match', url: '/api/v1/match?skills=communication:strong,empathy' },
    { path: '/api/v1/match', url: '/api/v1/match?tasks=customer-service-representative.0&target=operations-manager' },
    { path: '/api/v1/match', url: '/api/v1/match?from=customer-service-representative&skills=leadership:basic&target=customer-service-representative' },
    { path: '/api/v1/match', url: '/api/v1/match?skills=healthcare-knowledge:strong,cybersecurity&target=site-director' },
    { path: '/api/v1/match', url: '/api/v1/match?background=retail-supervisor' },
    { path: '/api/v1/match', url: '/api/v1/match?background=nurse,virtual-assistant&without=empathy&skills=communication:strong&target=medical-coder' },
    { path: '/api/v1/paths', url: '/api/v1/paths?from=customer-service-representative' },
    { path: '/api/v1/paths', url: '/api/v1/paths?from=operations-manager&to=customer-service-representative' },
  ];

  it.each(realUrls)('$url', async ({ path, url }) => {
    const validate = (await validatorFor(await openApi()))(path, '200', 'application/json');
    const response = await callApi(url);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it('a drifted answer fails its published schema', async () => {
    const validate = (await validatorFor(await openApi()))('/api/v1/match', '200', 'application/json');
    const body = (await (await callApi('/api/v1/match?skills=communication:strong,empathy')).json()) as { applyNow: { score: number }[] };
    expect(validate(body)).toBe(true);
    expect(body.applyNow.length).toBeGreaterThan(0);
    expect(validate({ ...body, applyNow: body.applyNow.map((m) => ({ ...m, score: String(m.score) })) })).toBe(false);
    expect(validate({ ...body, apiVersion: '2' })).toBe(false);
  });

  it('every role in /api/v1/roles carries its standard occupation codes, and the schema rejects a role without them or with a malformed code', async () => {
    const validate = (await validatorFor(await openApi()))('/api/v1/roles', '200', 'application/json');
    type Listed = { slug: string; occupations?: { onetSoc: { code: string; fit: string }[]; isco08: { code: string }[] } };
    const body = (await (await callApi('/api/v1/roles')).json()) as { roles: Listed[] };
    expect(body.roles.find((r) => r.slug === 'customer-service-representative')?.occupations).toMatchObject({
      onetSoc: [{ code: '43-4051.00', fit: 'exact' }],
      isco08: [{ code: '4222' }],
    });
    expect(body.roles.every((r) => r.occupations && r.occupations.onetSoc.length > 0 && r.occupations.isco08.length > 0)).toBe(true);
    const [first, ...rest] = body.roles;
    const { occupations, ...withoutCodes } = first!;
    expect(validate({ ...body, roles: [withoutCodes, ...rest] })).toBe(false);
    const malformed = { ...occupations!, onetSoc: [{ ...occupations!.onetSoc[0]!, code: '434051.00' }] };
    expect(validate({ ...body, roles: [{ ...first, occupations: malformed }, ...rest] })).toBe(false);
  });

  it('a past job fills in its skills, credited to it, and its entry point comes marked with its reason', async () => {
    const body = (await (await callApi('/api/v1/match?background=retail-supervisor')).json()) as {
      query: { backgrounds: string[] };
      held: { source: { kind: string; background?: string } }[];
      experience: string[];
      applyNow: { slug: string; entryPoint?: { background: string; reason: string } }[];
    };
    expect(body.query.backgrounds).toEqual(['retail-supervisor']);
    expect(body.experience).toEqual([]);
    expect(body.held.every((h) => h.source.kind === 'background' && h.source.background === 'retail-supervisor')).toBe(true);
    expect(body.applyNow.find((m) => m.slug === 'team-leader')?.entryPoint).toMatchObject({ background: 'retail-supervisor' });
    const unknown = (await (await callApi('/api/v1/match?background=cashier')).json()) as { notices: string[] };
    expect(unknown.notices).toEqual(['There is no background called “cashier”; did you mean “retail-cashier”?']);
    // The OpenAPI document names both new parameters, optional like every other one.
    const document = (await (await callApi('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string; required: boolean }[] } }>;
    };
    const parameters = document.paths['/api/v1/match']!.get.parameters;
    expect(parameters.filter((p) => ['background', 'without'].includes(p.name))).toEqual([
      expect.objectContaining({ name: 'background', required: false }),
      expect.objectContaining({ name: 'without', required: false }),
    ]);
  });

  it('an unknown schema name is a 404 problem document as published', async () => {
    const validate = (await validatorFor(await openApi()))('/api/v1/schemas/{name}', '404', 'application/problem+json');
    const response = await callApi('/api/v1/schemas/RoleDetial');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { suggestions: { slug: string }[] };
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.suggestions[0]?.slug).toBe('RoleDetail');
  });

  const problems = [
    { path: '/api/v1/roles/{slug}', url: '/api/v1/roles/team-leadr', status: '404' },
    { path: '/api/v1/skills/{slug}', url: '/api/v1/skills/comunication', status: '404' },
    { path: '/api/v1/match', url: '/api/v1/match?skills=communication:expert,nope', status: '400' },
    { path: '/api/v1/match', url: '/api/v1/match?background=cashier', status: '400' },
    { path: '/api/v1/paths', url: '/api/v1/paths?from=trainer&to=trainer', status: '400' },
  ];
  it.each(problems)('$url answers a $status problem document', async ({ path, url, status }) => {
    const validate = (await validatorFor(await openApi()))(path, status, 'application/problem+json');
    const response = await callApi(url);
    expect(String(response.status)).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(validate(await response.json()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('each published schema is also served on its own and accepts the answer', async () => {
    const ajv = new Ajv2020({ strict: false });
    const schemaResponse = await callApi('/api/v1/schemas/RoleDetail');
    expect(schemaResponse.status).toBe(200);
    const validate = ajv.compile((await schemaResponse.json()) as object);
    expect(validate(await (await callApi('/api/v1/roles/trainer')).json())).toBe(true);
    // A changed answer is caught: the schema is strict about extra and missing fields.
    const body = (await (await callApi('/api/v1/roles/trainer')).json()) as Record<string, unknown>;
    expect(validate({ ...body, extra: 1 })).toBe(false);
    expect(validate({ ...body, role: undefined })).toBe(false);
  });
});
