import { describe, expect, it } from 'vitest';
import { permissionsFor, type Role } from './auth/roles';
import { homePathFor, navItemsFor } from './navigation';

const menu = (roles: Role[]) => navItemsFor(permissionsFor(roles)).map((i) => `${i.label} ${i.to}`);

describe('navigation per role', () => {
  it('consultant: Vacatures, Werkgevers, Kandidaten', () => {
    expect(menu(['consultant'])).toEqual(['Vacatures /vacatures', 'Werkgevers /werkgevers', 'Kandidaten /kandidaten', 'Dashboard /dashboard']);
  });

  it('jobcoach: the read-only vacancies and employers, and "Mijn kandidaten"', () => {
    expect(menu(['jobcoach'])).toEqual([
      'Vacatures /vacatures',
      'Werkgevers /werkgevers',
      'Mijn kandidaten /kandidaten',
      'Agenda-koppeling /nazorg/agenda',
    ]);
  });

  it('municipality: "Onze kandidaten" and the dashboard', () => {
    expect(menu(['municipality'])).toEqual(['Onze kandidaten /onze-kandidaten', 'Dashboard /dashboard']);
    expect(homePathFor(permissionsFor(['municipality']))).toBe('/onze-kandidaten');
  });

  it('admin: Vacatures, Werkgevers and Talenten, no Kandidaten', () => {
    expect(menu(['admin'])).toEqual(['Vacatures /vacatures', 'Werkgevers /werkgevers', 'Talenten /talenten', 'Dashboard /dashboard']);
  });

  it('several roles add up', () => {
    expect(menu(['admin', 'consultant', 'jobcoach'])).toEqual([
      'Vacatures /vacatures',
      'Werkgevers /werkgevers',
      'Kandidaten /kandidaten',
      'Talenten /talenten',
      'Dashboard /dashboard',
      'Agenda-koppeling /nazorg/agenda',
    ]);
    expect(homePathFor(permissionsFor(['consultant']))).toBe('/vacatures');
  });
});
