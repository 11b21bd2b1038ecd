import { describe, expect, it } from 'vitest';
import { parseCompareParams } from '@/lib/params/compare';
import { matchQuery, parseMatchParams, searchParamsFromQuery } from '@/lib/params/match';

const known = { skills: ['communication', 'empathy', 'teamwork'], roles: ['team-leader', 'trainer'], tasks: ['trainer.0', 'trainer.1'] };

describe('match page parameters', () => {
  it('reads levels from suffixes, working when there is none', () => {
    expect(parseMatchParams({ skills: 'communication:strong,empathy,teamwork:basic', target: 'team-leader' }, known)).toEqual({
      value: {
        skills: [
          { skill: 'communication', level: 'strong' },
          { skill: 'empathy', level: 'working' },
          { skill: 'teamwork', level: 'basic' },
        ],
        tasks: [],
        from: undefined,
        target: 'team-leader',
      },
      notices: [],
    });
  });

  it('accepts skills as repeated values (the no-JavaScript form) as well as a comma list', () => {
    expect(parseMatchParams({ skills: ['communication:strong', 'empathy,teamwork'] }, known).value.skills.map((s) => s.skill)).toEqual([
      'communication',
      'empathy',
      'teamwork',
    ]);
  });

  it('drops junk with escaped-safe notices and never throws', () => {
    const { value, notices } = parseMatchParams(
      { skills: '__proto__,<script>x</script>,empathy:expert,empathy', target: 'nope', tasks: 'trainer.9,trainer.1', constructor: 'x' },
      known,
    );
    expect(value).toEqual({ skills: [{ skill: 'empathy', level: 'working' }], tasks: ['trainer.1'], from: undefined, target: undefined });
    expect(notices).toEqual([
      'There is no skill called “__proto__”.',
      'There is no skill called “<script>x</script>”.',
      '“empathy:expert” has no level we know (basic, working or strong); working was assumed.',
      'There is no task called “trainer.9”.',
      'There is no role called “nope”.',
    ]);
  });

  it('cuts huge values, and names a repeated unknown entry once', () => {
    const { value, notices } = parseMatchParams({ skills: `${'x,'.repeat(5000)}empathy` }, known);
    expect(value.skills).toEqual([]);
    expect(notices).toEqual([
      '“skills” was too long and has been shortened.',
      '“skills” had too many entries; only the first 100 were read.',
      'There is no skill called “x”.',
    ]);
  });

  it('names the first five unknown entries and counts the ones past them', () => {
    const unknown = ['qa', 'qb', 'qc', 'qd', 'qe', 'qf', 'qg'];
    const { value, notices } = parseMatchParams({ skills: [...unknown, 'empathy'].join(',') }, known);
    expect(value.skills.map((s) => s.skill)).toEqual(['empathy']);
    const named = notices.filter((notice) => notice.startsWith('There is no skill called'));
    expect(named).toHaveLength(5);
    for (const entry of unknown.slice(0, 5)) expect(named.some((notice) => notice.includes(`“${entry}”`))).toBe(true);
    expect(notices.at(-1)).toBe('2 more unknown entries in “skills” were left out.');
  });

  it('writes the documented format and reads it back', () => {
    const state = {
      skills: [
        { skill: 'communication', level: 'strong' as const },
        { skill: 'empathy', level: 'working' as const },
      ],
      tasks: ['trainer.0'],
      from: 'team-leader',
      target: 'trainer',
    };
    const query = matchQuery(state);
    expect(query).toBe('skills=communication:strong,empathy&tasks=trainer.0&from=team-leader&target=trainer');
    expect(parseMatchParams(searchParamsFromQuery(query), known).value).toEqual(state);
  });

  it('reads the role the person has now from `from`, and drops an unknown one with a suggestion', () => {
    expect(parseMatchParams({ from: 'team-leader' }, known).value.from).toBe('team-leader');
    expect(parseMatchParams({ from: 'team-leadr' }, known)).toMatchObject({
      value: { from: undefined },
      notices: ['There is no role called “team-leadr”; did you mean “team-leader”?'],
    });
  });

  it('keeps an old industry-knowledge link working: it stands for the four niche skills, at its level, with a notice', () => {
    const niches = ['healthcare-knowledge', 'finance-knowledge', 'insurance-knowledge', 'legal-knowledge'];
    const { value, notices } = parseMatchParams({ skills: 'industry-knowledge:strong,empathy' }, { ...known, skills: [...known.skills, ...niches] });
    expect(value.skills).toEqual([...niches.map((skill) => ({ skill, level: 'strong' })), { skill: 'empathy', level: 'working' }]);
    expect(notices).toEqual([
      'The skill “industry-knowledge” has been split into healthcare-knowledge, finance-knowledge, insurance-knowledge and legal-knowledge; all of them were picked from this link, so remove the ones that do not apply.',
    ]);
  });

  describe('background= and without= (added later; old links read as before)', () => {
    const withBackgrounds = {
      ...known,
      skills: [...known.skills, 'attention-to-detail'],
      backgrounds: [
        { slug: 'retail-cashier', skills: [{ skill: 'communication' }, { skill: 'empathy' }] },
        { slug: 'nurse', skills: [{ skill: 'empathy' }, { skill: 'attention-to-detail' }] },
        { slug: 'teacher', skills: [{ skill: 'communication' }] },
        { slug: 'paralegal', skills: [{ skill: 'attention-to-detail' }] },
      ],
    };

    it('reads past jobs as a comma list or repeated, in order, each once', () => {
      expect(parseMatchParams({ background: ['retail-cashier,nurse', 'retail-cashier'] }, withBackgrounds)).toEqual({
        value: { skills: [], tasks: [], from: undefined, target: undefined, backgrounds: ['retail-cashier', 'nurse'] },
        notices: [],
      });
    });

    it('names an unknown past job with the closest real one, as for an unknown skill', () => {
      expect(parseMatchParams({ background: 'cashier' }, withBackgrounds)).toEqual({
        value: { skills: [], tasks: [], from: undefined, target: undefined },
        notices: ['There is no background called “cashier”; did you mean “retail-cashier”?'],
      });
      expect(parseMatchParams({ skills: 'empaty' }, withBackgrounds).notices).toEqual(['There is no skill called “empaty”; did you mean “empathy”?']);
    });

    it('keeps at most three, with a notice', () => {
      const { value, notices } = parseMatchParams({ background: 'retail-cashier,nurse,teacher,paralegal' }, withBackgrounds);
      expect(value.backgrounds).toEqual(['retail-cashier', 'nurse', 'teacher']);
      expect(notices).toEqual(['Only 3 backgrounds can be used at once; the rest were left out.']);
    });

    it('takes off only skills a named past job builds; an unknown skill gets a notice', () => {
      const { value, notices } = parseMatchParams({ background: 'retail-cashier', without: 'empathy,attention-to-detail,empthy' }, withBackgrounds);
      expect(value.without).toEqual(['empathy']);
      expect(notices).toEqual(['There is no skill called “empthy”; did you mean “empathy”?']);
    });

    it('writes background and without between from and target, and reads them back', () => {
      const state = { skills: [], tasks: [], from: 'team-leader', target: 'trainer', backgrounds: ['nurse', 'retail-cashier'], without: ['empathy'] };
      const query = matchQuery(state);
      expect(query).toBe('from=team-leader&background=nurse,retail-cashier&without=empathy&target=trainer');
      expect(parseMatchParams(searchParamsFromQuery(query), withBackgrounds).value).toEqual(state);
    });
  });

  it('reads a parameter named __proto__ from a saved query as plain data', () => {
    expect(Object.getPrototypeOf(searchParamsFromQuery('__proto__=x&skills=empathy'))).toBeNull();
  });
});

describe('compare page parameters', () => {
  const roles = ['a-role', 'b-role', 'c-role', 'd-role'];
  it('keeps up to three known roles, from a comma list or repeated values', () => {
    expect(parseCompareParams({ roles: ['a-role', 'b-role,c-role'] }, roles)).toEqual({ value: { roles: ['a-role', 'b-role', 'c-role'] }, notices: [] });
  });
  it('reports unknown roles once and too many roles', () => {
    expect(parseCompareParams({ roles: 'zz,zz,zz,zz' }, roles).notices).toEqual(['There is no role called “zz”.']);
    expect(parseCompareParams({ roles: 'a-role,b-role,c-role,d-role' }, roles)).toEqual({
      value: { roles: ['a-role', 'b-role', 'c-role'] },
      notices: ['Only 3 roles can be compared at once; the rest were left out.'],
    });
  });
});
