import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content/load';
import { matchPageData } from '@/lib/match-data';

describe('the match page’s data for the browser', () => {
  const data = matchPageData(getContent());

  it('leaves out what the page does not need, such as overviews, duties and provenance', () => {
    expect(Object.keys(data.roles[0] ?? {}).sort()).toEqual(['certifications', 'growth', 'level', 'metrics', 'skills', 'slug', 'title']);
    const skillFields = new Set(data.roles.flatMap((r) => r.skills.flatMap((s) => Object.keys(s))));
    expect([...skillFields].sort()).toEqual(['defining', 'key', 'level', 'levelFrom', 'skill']);
    const growthFields = new Set(data.roles.flatMap((r) => r.growth.flatMap((g) => Object.keys(g))));
    expect([...growthFields].sort()).toEqual(['kind', 'suggested', 'takes', 'to']);
  });

  it('says whose a level is where it departs from the level rule, and nothing more of its source', () => {
    const skillOf = (role: string, skill: string) => data.roles.find((r) => r.slug === role)?.skills.find((s) => s.skill === skill);
    // The article asks a CSR for "Excellent communication"; this guide asks a basic level of mentoring; empathy follows the rule.
    expect(skillOf('customer-service-representative', 'communication')?.levelFrom).toBe('article');
    expect(skillOf('customer-service-representative', 'mentoring')?.levelFrom).toBe('guide');
    expect(skillOf('customer-service-representative', 'empathy')?.levelFrom).toBeUndefined();
  });

  it('says which moves are this guide’s suggestion rather than the article’s, and nothing more of their source', () => {
    const csr = data.roles.find((r) => r.slug === 'customer-service-representative');
    expect(csr?.growth.find((g) => g.to === 'technical-support-specialist')?.suggested).toBe(true);
    expect(csr?.growth.find((g) => g.to === 'team-leader')?.suggested).toBeUndefined();
  });

  it('names the metrics each role is judged on as the handout prints them, by their short forms', () => {
    const csr = data.roles.find((r) => r.slug === 'customer-service-representative');
    expect(csr?.metrics).toContain('CSAT');
    expect(csr?.metrics.every((name) => !name.includes('-'))).toBe(true);
  });

  it('keeps what each role is hired for', () => {
    const csr = data.roles.find((r) => r.slug === 'customer-service-representative');
    expect(csr?.skills.filter((s) => s.defining).map((s) => s.skill)).toContain('communication');
  });
});
