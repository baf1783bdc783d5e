import { describe, expect, it } from 'vitest';
import { permissionsFor, type Role } from './auth/roles';
import { homePathFor, navItemsFor } from './navigation';

const menu = (roles: Role[]) => navItemsFor(permissionsFor(roles)).map((i) => `${i.label} ${i.to}`);

describe('navigation per role', () => {
  it('consultant: Vacatures, Werkgevers, Kandidaten, Plaatsingen', () => {
    expect(menu(['consultant'])).toEqual([
      'Vacatures /vacatures',
      'Werkgevers /werkgevers',
      'Kandidaten /kandidaten',
      'Plaatsingen /plaatsingen',
      'Dashboard /dashboard',
    ]);
  });

  it('jobcoach: starts on "Vandaag", then the read-only vacancies and employers, "Mijn kandidaten" and Plaatsingen', () => {
    expect(menu(['jobcoach'])).toEqual([
      'Vandaag /nazorg',
      'Vacatures /vacatures',
      'Werkgevers /werkgevers',
      'Mijn kandidaten /kandidaten',
      'Plaatsingen /plaatsingen',
      'Agenda-koppeling /nazorg/agenda',
    ]);
    expect(homePathFor(permissionsFor(['jobcoach']))).toBe('/nazorg');
  });

  it('municipality: "Onze kandidaten", their placements and the dashboard', () => {
    expect(menu(['municipality'])).toEqual([
      'Onze kandidaten /onze-kandidaten',
      'Plaatsingen /plaatsingen',
      'Dashboard /dashboard',
    ]);
    expect(homePathFor(permissionsFor(['municipality']))).toBe('/onze-kandidaten');
  });

  it('admin: Vacatures, Werkgevers and Talenten, no Kandidaten', () => {
    expect(menu(['admin'])).toEqual(['Vacatures /vacatures', 'Werkgevers /werkgevers', 'Talenten /talenten', 'Dashboard /dashboard']);
  });

  it('several roles add up', () => {
    expect(menu(['admin', 'consultant', 'jobcoach'])).toEqual([
      'Vandaag /nazorg',
      'Vacatures /vacatures',
      'Werkgevers /werkgevers',
      'Kandidaten /kandidaten',
      'Plaatsingen /plaatsingen',
      'Talenten /talenten',
      'Dashboard /dashboard',
      'Agenda-koppeling /nazorg/agenda',
    ]);
    expect(homePathFor(permissionsFor(['consultant']))).toBe('/vacatures');
  });
});
