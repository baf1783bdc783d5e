import { describe, expect, it } from 'vitest';
import { permissionsFor, type Role } from './auth/roles';
import { homePathFor, navItemsFor } from './navigation';

const menu = (roles: Role[]) => navItemsFor(permissionsFor(roles)).map((i) => `${i.label} ${i.to}`);

describe('navigation per role', () => {
  it('consultant: Vacatures, Werkgevers, Kandidaten', () => {
    expect(menu(['consultant'])).toEqual(['Vacatures /vacatures', 'Werkgevers /werkgevers', 'Kandidaten /kandidaten']);
  });

  it('jobcoach: the read-only vacancies and employers, and "Mijn kandidaten"', () => {
    expect(menu(['jobcoach'])).toEqual(['Vacatures /vacatures', 'Werkgevers /werkgevers', 'Mijn kandidaten /kandidaten']);
  });

  it('municipality: only "Onze kandidaten"', () => {
    expect(menu(['municipality'])).toEqual(['Onze kandidaten /onze-kandidaten']);
    expect(homePathFor(permissionsFor(['municipality']))).toBe('/onze-kandidaten');
  });

  it('admin: Vacatures, Werkgevers and Talenten, no Kandidaten', () => {
    expect(menu(['admin'])).toEqual(['Vacatures /vacatures', 'Werkgevers /werkgevers', 'Talenten /talenten']);
  });

  it('several roles add up', () => {
    expect(menu(['admin', 'consultant', 'jobcoach'])).toEqual([
      'Vacatures /vacatures',
      'Werkgevers /werkgevers',
      'Kandidaten /kandidaten',
      'Talenten /talenten',
    ]);
    expect(homePathFor(permissionsFor(['consultant']))).toBe('/vacatures');
  });
});
