import { describe, expect, it } from 'vitest';
import { closestBackgrounds, findBackgrounds, fromYourWorkAs } from '@/lib/backgrounds';
import { getContent } from '@/lib/content/load';

// The picker and the 404 find a past job the way people name it: by any of its titles, with typos,
// while they are still typing.

const backgrounds = getContent().backgrounds;
const first = (query: string) => findBackgrounds(query, backgrounds)[0]?.background.slug;

describe('findBackgrounds', () => {
  it.each([
    // The usability test: a counselor with a retail cashier looked for "cash" and "retail".
    ['cash', 'retail-cashier'],
    ['retail cash', 'retail-cashier'],
    ['checkout operator', 'retail-cashier'],
    // Typos while typing.
    ['cashir', 'retail-cashier'],
    ['nurce', 'nurse'],
    ['waitres', 'food-server'],
    ['paralegl', 'paralegal'],
    // Short forms people use.
    ['RN', 'nurse'],
    ['VA', 'virtual-assistant'],
    ['teller', 'bank-teller'],
    ['carer', 'caregiver'],
    ['PC technician', 'computer-repair-technician'],
  ])('"%s" finds %s first', (query, slug) => {
    expect(first(query)).toBe(slug);
  });

  it('says which name matched, so the picker can show "checkout operator" under Retail cashier', () => {
    expect(findBackgrounds('checkout', backgrounds)[0]).toMatchObject({ matched: 'checkout operator', distance: 0 });
  });

  it('finds nothing for words no job is called, rather than a far-fetched guess', () => {
    expect(findBackgrounds('astronaut', backgrounds)).toEqual([]);
    expect(findBackgrounds('xq', backgrounds)).toEqual([]);
  });

  it('lists every background for an empty query', () => {
    expect(findBackgrounds('  ', backgrounds)).toHaveLength(backgrounds.length);
  });
});

describe('closestBackgrounds', () => {
  it('suggests the job an unknown address names by another title, and always three', () => {
    expect(closestBackgrounds('waiter', backgrounds).map((b) => b.slug)[0]).toBe('food-server');
    expect(closestBackgrounds('zzzz', backgrounds)).toHaveLength(3);
  });
});

describe('fromYourWorkAs', () => {
  it('credits a skill to a past job in plain words', () => {
    expect(fromYourWorkAs('Retail cashier')).toBe('from your work as a retail cashier');
    expect(fromYourWorkAs('Office clerk')).toBe('from your work as an office clerk');
  });
});
