import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { adviseMatch } from '@/lib/match';
import { matchPageData } from '@/lib/match-data';
import { careerChangers as panel, csr } from '../../support/career-changers';

// The counselor's panel of career changers (tests/support/career-changers.ts), written before the
// match read backgrounds: the advice for each past job alone.

const content = getContent();
const data = matchPageData(content);
const levelOf = new Map(content.roles.map((r) => [r.slug, r.level]));
const advise = (backgrounds: string[]) => adviseMatch({ skills: [], tasks: [], backgrounds }, data);

describe('a past job alone, as a counselor would advise it', () => {
  it('covers every background in the content, the thirteen the issue names included', () => {
    expect(panel.map(([, p]) => p.background).sort()).toEqual(content.backgrounds.map((b) => b.slug).sort());
    const promised = [
      'retail-cashier',
      'retail-supervisor',
      'sales-associate',
      'food-server',
      'office-clerk',
      'bank-teller',
      'bookkeeper',
      'nurse',
      'caregiver',
      'teacher',
      'paralegal',
      'virtual-assistant',
      'computer-repair-technician',
    ];
    expect(promised.filter((slug) => !content.backgrounds.some((b) => b.slug === slug))).toEqual([]);
  });

  it.each(panel)('%s: a role a counselor would name first is in the top three to apply for now', (_who, person) => {
    const applyNow = advise([person.background]).applyNow.map((m) => m.slug);
    expect(
      applyNow.slice(0, 3).some((slug) => person.first.includes(slug)),
      applyNow.join(', '),
    ).toBe(true);
    if (person.exactlyFirst) expect(applyNow[0]).toBe(person.exactlyFirst);
  });

  it.each(panel)('%s: nothing a counselor would reject is open to apply for now', (_who, person) => {
    const applyNow = advise([person.background]).applyNow.map((m) => m.slug);
    expect(applyNow.filter((slug) => person.rejected.includes(slug))).toEqual([]);
  });

  it.each(panel)('%s: only entry roles open, and above entry only the content’s marked entry points', (_who, person) => {
    const background = content.backgrounds.find((b) => b.slug === person.background)!;
    const entryPoints = background.entryPoints.map((e) => e.role);
    for (const option of advise([person.background]).applyNow) {
      if (levelOf.get(option.slug) === 'entry') continue;
      expect(entryPoints, `${option.slug} is above entry`).toContain(option.slug);
      // Marked, with the reason the page shows as this guide's suggestion.
      expect(option.entryPoint).toEqual({ background: person.background, reason: background.entryPoints.find((e) => e.role === option.slug)!.reason });
    }
  });

  it('a background is never a role held: no experience, no current role, and its skills say where they come from', () => {
    const advice = advise(['retail-supervisor']);
    expect(advice.experience).toEqual([]);
    expect(advice.current).toBeUndefined();
    expect(advice.held.length).toBeGreaterThan(0);
    expect(advice.held.every((h) => h.source.kind === 'background' && h.source.background === 'retail-supervisor')).toBe(true);
  });
});

describe('how a past job joins the match', () => {
  const heldBy = (input: Parameters<typeof adviseMatch>[0]) => new Map(adviseMatch(input, data).held.map((h) => [h.skill, h]));

  it('a skill the person rates themselves keeps their level, not the job’s', () => {
    // The cashier's job builds working empathy; this cashier says basic.
    const held = heldBy({ skills: [{ skill: 'empathy', level: 'basic' }], tasks: [], backgrounds: ['retail-cashier'] });
    expect(held.get('empathy')).toEqual({ skill: 'empathy', level: 'basic', source: { kind: 'picked' } });
    expect(held.get('communication')?.source).toEqual({ kind: 'background', background: 'retail-cashier' });
  });

  it('a skill taken off (without=) is not filled in, and customer service, hired for empathy, no longer opens', () => {
    const advice = adviseMatch({ skills: [], tasks: [], backgrounds: ['retail-cashier'], without: ['empathy'] }, data);
    expect(advice.held.some((h) => h.skill === 'empathy')).toBe(false);
    expect(advice.applyNow.some((m) => m.slug === csr)).toBe(false);
  });

  it('two past jobs add up: each skill at the higher level, credited to the first job that builds it', () => {
    const held = heldBy({ skills: [], tasks: [], backgrounds: ['virtual-assistant', 'nurse'] });
    // Both build communication at working; attention to detail is working for one, strong for the other.
    expect(held.get('communication')?.source).toEqual({ kind: 'background', background: 'virtual-assistant' });
    expect(held.get('attention-to-detail')).toMatchObject({ level: 'strong', source: { kind: 'background', background: 'virtual-assistant' } });
    expect(held.get('healthcare-knowledge')?.source).toEqual({ kind: 'background', background: 'nurse' });
  });

  it('an entry point opens only with most of what the role is hired for', () => {
    // A retail supervisor who says they did not lead or manage performance is not a team leader yet.
    const advice = adviseMatch({ skills: [], tasks: [], backgrounds: ['retail-supervisor'], without: ['leadership', 'performance-management'] }, data);
    expect(advice.applyNow.some((m) => m.slug === 'team-leader')).toBe(false);
  });

  it('a past job beside a BPO role held: the role held opens its moves, which are not the past job’s entry points', () => {
    const advice = adviseMatch({ skills: [], tasks: [], from: csr, backgrounds: ['retail-supervisor'] }, data);
    expect(advice.experience).toEqual([csr]);
    const teamLeader = advice.applyNow.find((m) => m.slug === 'team-leader');
    expect(teamLeader?.via).toMatchObject({ role: csr, kind: 'promotion' });
    expect(teamLeader?.entryPoint).toBeUndefined();
  });

  it('an unknown background is ignored by the advice (the page and API say so in a notice)', () => {
    expect(adviseMatch({ skills: [], tasks: [], backgrounds: ['astronaut'] }, data)).toMatchObject({ held: [], applyNow: [], backgrounds: [] });
  });
});
