import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { buildRoleGraph } from '@/lib/graph';
import { matchPageData } from '@/lib/match-data';
import type { ApplyOption, GrowOption } from '@/lib/match';
import { matchSummary, matchView, routeStops } from '@/lib/match-view';
import { emptyMatchState } from '@/lib/params/match';

const data = matchPageData(checkContent().content!);
const graph = buildRoleGraph(data.roles);

describe('what the match page shows', () => {
  it('shows nothing to rank, and no CV lines, before anything is picked', () => {
    const view = matchView(emptyMatchState, data, graph);
    expect(view.advice.held).toEqual([]);
    expect(view.cvLines).toEqual([]);
    expect(view.nextSkills).toEqual([]);
    expect(view.target).toBeUndefined();
  });

  it('places a target the same way as the lists: a promotion from the role held now can be applied for', () => {
    const view = matchView(
      {
        ...emptyMatchState,
        from: 'customer-service-representative',
        skills: [
          { skill: 'leadership', level: 'working' },
          { skill: 'coaching', level: 'working' },
        ],
        target: 'team-leader',
      },
      data,
      graph,
    );
    expect(view.advice.applyNow.map((m) => m.slug)).toContain('team-leader');
    expect(view.target?.place.kind).toBe('apply-now');
    expect(view.target?.steps).toEqual([]);
  });

  it('gives a distant target its route, one stop per role, starting where the person can start', () => {
    const view = matchView(
      {
        ...emptyMatchState,
        skills: [
          { skill: 'communication', level: 'strong' },
          { skill: 'empathy', level: 'working' },
        ],
        target: 'operations-manager',
      },
      data,
      graph,
    );
    expect(view.target?.place.kind).toBe('grow');
    const stops = view.target!.steps;
    expect(stops.at(-1)?.slug).toBe('operations-manager');
    expect(data.roles.find((r) => r.slug === stops[0]!.slug)?.level).toBe('entry');
    expect(stops[0]?.takes).toBeUndefined();
    for (const stop of stops.slice(1)) expect(stop.takes).toBeTruthy();
  });

  it('marks each move on a route that is this guide’s suggestion, and no other', () => {
    // Read from the content, so the expectation follows content edits: a suggested move, then one of the article's.
    const moves = data.roles.flatMap((r) => r.growth.map((g) => ({ from: r.slug, ...g })));
    const onward = (m: (typeof moves)[number]) => moves.find((n) => !n.suggested && n.from === m.to && n.to !== m.from);
    const editorial = moves.find((m) => m.suggested && onward(m))!;
    const article = onward(editorial)!;
    const titleOf = (slug: string) => data.roles.find((r) => r.slug === slug)!.title;
    expect(routeStops([editorial.from, editorial.to, article.to], data, titleOf)).toEqual([
      { slug: editorial.from, title: titleOf(editorial.from), takes: undefined, suggested: undefined },
      { slug: editorial.to, title: titleOf(editorial.to), takes: editorial.takes, suggested: true },
      { slug: article.to, title: titleOf(article.to), takes: article.takes, suggested: undefined },
    ]);
  });

  it('gives every grow-into route its stops, the same the target gap would show', () => {
    const view = matchView(
      {
        ...emptyMatchState,
        skills: [
          { skill: 'communication', level: 'strong' },
          { skill: 'empathy', level: 'working' },
        ],
      },
      data,
      graph,
    );
    const option = view.advice.growInto.find((o) => o.route.length > 2)!;
    expect(view.stopsOf(option.route).map((s) => s.slug)).toEqual(option.route);
  });

  it('with skills alone, offers a way to show each skill and no line that claims work', () => {
    const view = matchView(
      {
        ...emptyMatchState,
        skills: [
          { skill: 'communication', level: 'strong' },
          { skill: 'empathy', level: 'working' },
        ],
      },
      data,
      graph,
    );
    expect(view.cvLines.map((line) => line.kind)).toEqual(['show-skill', 'show-skill']);
    expect(view.cvLines.map((line) => (line.kind === 'show-skill' ? line.skill : undefined))).toEqual(['communication', 'empathy']);
  });
});

describe('the sentence the live region says after each change', () => {
  const role = (title: string, score: number) => ({ title, score }) as ApplyOption & GrowOption;
  const held = [{ skill: 'communication', level: 'working' as const, source: { kind: 'picked' as const } }];
  it.each([
    [[], [], [], 'No skills counted yet, so no roles to show.'],
    [
      held,
      [role('Customer Service Representative', 78), role('Back-Office Support Specialist', 60), role('Trainer', 50)],
      Array(12).fill(role('Team Leader', 30)),
      '3 roles to apply for now; best fit: Customer Service Representative, 78; 12 roles to grow into.',
    ],
    [
      held,
      [role('Customer Service Representative', 40)],
      [role('Team Leader', 9)],
      '1 role to apply for now; best fit: Customer Service Representative, 40; 1 role to grow into.',
    ],
    [held, [], [role('Team Leader', 40), role('Trainer', 20)], 'No role to apply for yet; 2 roles to grow into; closest: Team Leader, 40.'],
  ])('case %#', (h, applyNow, growInto, expected) => {
    expect(matchSummary({ held: h, applyNow, growInto })).toBe(expected);
  });
});
