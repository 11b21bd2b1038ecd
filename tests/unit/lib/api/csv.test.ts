import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '@/lib/api/csv';
import { getContent } from '@/lib/content/load';
import { buildRoleGraph } from '@/lib/graph';
import { callApi } from '../../../support/api-routes';

// The downloads open in a real CSV parser and give back exactly the content they were made from.

async function download(file: string): Promise<{ records: Record<string, string>[]; response: Response }> {
  const response = await callApi(`/api/v1/${file}`);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  // UTF-8 with a byte-order mark, so spreadsheet programs do not guess another encoding.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parse(Buffer.from(bytes), { bom: true, columns: true, relax_quotes: false, relax_column_count: false }) as Record<string, string>[];
  return { records, response };
}

describe('CSV downloads', () => {
  const content = getContent();

  it('quotes what RFC 4180 says to quote', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(toCsv(['a', 'b'], [['1', undefined]])).toBe('a,b\r\n1,\r\n');
    const tricky = [['“curly”, commas', 'line\r\nbreak', '"quoted"', 'é ü 💥']];
    expect(parse(toCsv(['w', 'x', 'y', 'z'], tricky), { columns: true })).toEqual([{ w: tricky[0]![0], x: tricky[0]![1], y: tricky[0]![2], z: tricky[0]![3] }]);
  });

  it('roles.csv round-trips every role', async () => {
    const { records, response } = await download('roles.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(records).toHaveLength(content.roles.length);
    for (const role of content.roles) {
      const row = records.find((r) => r.slug === role.slug);
      expect(row, role.slug).toMatchObject({
        title: role.title,
        abbreviation: role.abbreviation ?? '',
        track: role.track,
        level: role.level,
        summary: role.summary,
        work_modes: role.workModes.join('; '),
        metrics: role.metrics.join('; '),
        certifications: role.certifications.join('; '),
        url_path: `/roles/${role.slug}`,
        onet_soc: role.occupations?.onetSoc[0]?.code,
        onet_soc_fit: role.occupations?.onetSoc[0]?.fit,
        isco08: role.occupations?.isco08[0]?.code,
        isco08_title: role.occupations?.isco08[0]?.title,
        esco_uri: role.occupations?.esco[0] ? `http://data.europa.eu/esco/occupation/${role.occupations.esco[0].code}` : '',
      });
    }
    // A spreadsheet reading columns by position finds the old ones where they were.
    expect(Object.keys(records[0]!).slice(0, 10)).toEqual([
      'slug',
      'title',
      'abbreviation',
      'track',
      'level',
      'summary',
      'work_modes',
      'metrics',
      'certifications',
      'url_path',
    ]);
  });

  it('role-occupations.csv has one row per standard occupation code of every role, with its fit and an O*NET OnLine link', async () => {
    const { records } = await download('role-occupations.csv');
    const expected = content.roles.flatMap((role) =>
      (['onetSoc', 'isco08', 'esco'] as const).flatMap((set) => (role.occupations?.[set] ?? []).map((o) => `${role.slug} ${o.code} ${o.fit}`)),
    );
    expect(records.map((r) => `${r.role} ${r.code} ${r.fit}`)).toEqual(expected);
    expect(records.find((r) => r.role === 'customer-service-representative' && r.code_set === 'O*NET-SOC 2019')).toMatchObject({
      code: '43-4051.00',
      title: 'Customer Service Representatives',
      fit: 'exact',
      url: 'https://www.onetonline.org/link/summary/43-4051.00',
    });
    // Every fit short of exact says what differs.
    for (const record of records.filter((r) => r.fit !== 'exact')) expect(record.note, `${record.role} ${record.code}`).not.toBe('');
  });

  it('role-skills.csv has one row per skill a role requires, with its level and key flag', async () => {
    const { records } = await download('role-skills.csv');
    const expected = content.roles.flatMap((role) => role.skills.map((s) => ({ role: role.slug, skill: s.skill, level: s.level, key: String(s.key) })));
    expect(records.map(({ role, skill, level, key }) => ({ role, skill, level, key }))).toEqual(expected);
    const names = new Map(content.skills.map((s) => [s.slug, s.name]));
    for (const record of records) expect(record.skill_name).toBe(names.get(record.skill!));
  });

  it('moves.csv lists exactly the growth graph’s moves with what each takes', async () => {
    const { records } = await download('moves.csv');
    const edges = buildRoleGraph(content.roles).edges;
    expect(records.map((r) => `${r.from}>${r.to}:${r.kind}`)).toEqual(edges.map((e) => `${e.from}>${e.to}:${e.kind}`));
    for (const record of records) {
      const move = content.roles.find((r) => r.slug === record.from)?.growth.find((g) => g.to === record.to);
      expect(record.takes).toBe(move?.takes);
      const source = move?.source;
      expect([record.source, record.source_text]).toEqual(
        !source ? ['', ''] : 'article' in source ? ['article', source.article] : ['editorial', source.editorial],
      );
    }
  });
});
