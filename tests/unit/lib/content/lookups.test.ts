import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { definingSkills, findCertification, findRole, findSkill, findTerm, rolesHelpedBy, rolesJudgedOn } from '@/lib/content/lookups';

const content = checkContent(path.join(__dirname, '../../../fixtures/minimal')).content!;

describe('content lookups', () => {
  it('finds by slug, and gives undefined for unknown or prototype names', () => {
    expect(findRole(content, 'agent')?.title).toBe('Agent');
    expect(findSkill(content, 'talking')?.name).toBe('Talking');
    expect(findTerm(content, 'handle-time')?.abbreviation).toBe('AHT');
    expect(findCertification(content, 'lead-course')?.name).toBe('Leadership course');
    expect(findRole(content, '__proto__')).toBeUndefined();
    expect(findSkill(content, 'constructor')).toBeUndefined();
  });
  it('lists the roles judged on a metric or helped by a certification', () => {
    expect(rolesJudgedOn(content, 'handle-time')).toHaveLength(2);
    expect(rolesHelpedBy(content, 'lead-course').map((r) => r.slug)).toEqual(['team-leader']);
  });
  it('gives the skills a role is hired for', () => {
    expect(definingSkills(findRole(content, 'team-leader')!).map((s) => s.skill)).toEqual(['leading']);
  });
});
