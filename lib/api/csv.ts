import type { Content } from '../content/schemas';
import { buildRoleGraph } from '../graph';
import { classifications, codeSets, occupationUrl, roleOccupations } from '../occupations';

// CSV downloads for spreadsheets (RFC 4180): a header row, CRLF line ends, every field that holds
// a comma, a quote or a line break quoted with inner quotes doubled. Lists inside a cell are joined
// with "; " so a cell stays one value a spreadsheet can filter on.

export type Cell = string | number | boolean | undefined;

export function csvField(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface CsvDownload {
  /** File name in the URL and in the download, under /api/v1/. */
  file: string;
  title: string;
  description: string;
  header: readonly string[];
  rows: (content: Content) => Cell[][];
}

const list = (items: readonly string[]) => items.join('; ');

export const csvDownloads: readonly CsvDownload[] = [
  {
    file: 'roles.csv',
    title: 'Roles',
    description:
      'One row per role: its track, level, summary, the kinds of work it involves, and its closest O*NET-SOC 2019, ISCO-08 and ESCO occupations with how well each fits.',
    // New columns go at the end, so a spreadsheet that reads columns by position keeps working.
    header: [
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
      'onet_soc',
      'onet_soc_title',
      'onet_soc_fit',
      'isco08',
      'isco08_title',
      'isco08_fit',
      'esco_uri',
      'esco_title',
      'esco_fit',
    ],
    rows: (content) =>
      content.roles.map((r) => {
        const codes = roleOccupations(r);
        const closest = classifications.flatMap((c) => {
          const first = codes[c][0];
          return [c === 'esco' && first ? occupationUrl('esco', first.code) : first?.code, first?.title, first?.fit];
        });
        return [
          r.slug,
          r.title,
          r.abbreviation,
          r.track,
          r.level,
          r.summary,
          list(r.workModes),
          list(r.metrics),
          list(r.certifications),
          `/roles/${r.slug}`,
          ...closest,
        ];
      }),
  },
  {
    file: 'role-occupations.csv',
    title: 'Standard occupation codes per role',
    description: 'One row per standard occupation code a role carries (O*NET-SOC 2019, ISCO-08, ESCO), closest first, with how well it fits and what differs.',
    header: ['role', 'role_title', 'code_set', 'code', 'title', 'fit', 'note', 'url'],
    rows: (content) =>
      content.roles.flatMap((r) => {
        const codes = roleOccupations(r);
        return classifications.flatMap((c) =>
          codes[c].map((o) => [r.slug, r.title, codeSets[c].name, o.code, o.title, o.fit, o.note, occupationUrl(c, o.code)]),
        );
      }),
  },
  {
    file: 'role-skills.csv',
    title: 'Skills per role',
    description: 'One row per skill a role requires, with the level it needs and whether the role is hired for it.',
    header: ['role', 'role_title', 'skill', 'skill_name', 'level', 'key'],
    rows: (content) => {
      const names = new Map(content.skills.map((s) => [s.slug, s.name]));
      return content.roles.flatMap((r) => r.skills.map((s) => [r.slug, r.title, s.skill, names.get(s.skill), s.level, s.key]));
    },
  },
  {
    file: 'moves.csv',
    title: 'Moves between roles',
    description:
      'One row per growth move: from which role to which, the kind of move, what it takes, and whether the article names it or this guide suggests it.',
    // New columns go at the end, so spreadsheets built on the earlier columns keep working.
    header: ['from', 'from_title', 'to', 'to_title', 'kind', 'takes', 'source', 'source_text', 'from_level', 'to_level'],
    rows: (content) => {
      const bySlug = new Map(content.roles.map((r) => [r.slug, r]));
      // The graph's edges, so the file lists exactly the moves the growth graph draws.
      return buildRoleGraph(content.roles).edges.map((e) => {
        const from = bySlug.get(e.from);
        const move = from?.growth.find((g) => g.to === e.to);
        const source = move?.source;
        // Whether the article names the move (with its words) or this guide suggests it (with why).
        const [kind, text] = !source ? [] : 'article' in source ? ['article', source.article] : ['editorial', source.editorial];
        return [e.from, from?.title, e.to, bySlug.get(e.to)?.title, e.kind, move?.takes, kind, text, from?.level, bySlug.get(e.to)?.level];
      });
    },
  },
  {
    file: 'reach.csv',
    title: 'Where a path can lead over a career',
    description:
      'One row per reach statement: a role further up that a path can lead to over a career, reached through moves (never one move), with the article’s words or this guide’s reason.',
    header: ['from', 'from_title', 'from_level', 'to', 'to_title', 'to_level', 'source', 'source_text'],
    rows: (content) => {
      const bySlug = new Map(content.roles.map((r) => [r.slug, r]));
      return content.roles.flatMap((r) =>
        r.reach.map(({ to, source }) => {
          const [kind, text] = 'article' in source ? ['article', source.article] : ['editorial', source.editorial];
          return [r.slug, r.title, r.level, to, bySlug.get(to)?.title, bySlug.get(to)?.level, kind, text];
        }),
      );
    },
  },
];

export function csvFor(download: CsvDownload, content: Content): string {
  return toCsv(download.header, download.rows(content));
}

/** The text of one download by file name (the routes name only real files). */
export function csvDownload(content: Content, file: string): string {
  const download = csvDownloads.find((d) => d.file === file);
  return download ? csvFor(download, content) : '';
}
