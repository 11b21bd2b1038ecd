import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { notFoundSuggestions } from '@/lib/not-found';

const content = checkContent().content!;

describe('what a 404 suggests', () => {
  it('the closest real page of the section asked for', () => {
    expect(notFoundSuggestions(content, '/roles/customer-service-rep')[0]).toEqual({
      href: '/roles/customer-service-representative',
      label: 'Customer Service Representative',
    });
    expect(notFoundSuggestions(content, '/skills/comunication')[0]?.href).toBe('/skills/communication');
  });
  it('a past job by any title people call it, typos included, always three', () => {
    expect(notFoundSuggestions(content, '/backgrounds/waiter')[0]).toEqual({ href: '/backgrounds/food-server', label: 'Food server' });
    expect(notFoundSuggestions(content, '/backgrounds/cashir')[0]?.href).toBe('/backgrounds/retail-cashier');
    expect(notFoundSuggestions(content, '/backgrounds/%E2%9C%93')).toHaveLength(3);
  });
  it('places to start, three entry roles, when no path came with the request', () => {
    const suggestions = notFoundSuggestions(content, null);
    expect(suggestions).toHaveLength(3);
    for (const { href } of suggestions) expect(content.roles.find((r) => `/roles/${r.slug}` === href)?.level).toBe('entry');
  });
});
