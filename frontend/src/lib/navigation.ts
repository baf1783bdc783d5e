import type { Permissions } from './auth/roles';
import { nl } from './i18n/nl';

export interface NavItem {
  to: string;
  label: string;
}

/**
 * The main menu for the signed-in user's roles (several roles add up):
 * consultant — Vacatures, Werkgevers, Kandidaten; jobcoach — Vacatures and Werkgevers
 * (read-only), Mijn kandidaten; municipality — Onze kandidaten; admin — Vacatures,
 * Werkgevers, Talenten (admins get 403 on the candidate API, so no Kandidaten).
 * Aftercare: a jobcoach starts on "Vandaag" (their calls); consultants, jobcoaches and
 * municipalities have "Plaatsingen".
 * Dashboard for consultants, admins and municipalities; Agenda-koppeling for jobcoaches.
 */
export function navItemsFor(permissions: Permissions): NavItem[] {
  const items: NavItem[] = [];
  if (permissions.hasAftercare) {
    items.push({ to: '/nazorg', label: nl.nav.today });
  }
  if (permissions.canRead) {
    items.push({ to: '/vacatures', label: nl.nav.vacancies });
    items.push({ to: '/werkgevers', label: nl.nav.employers });
  }
  if (permissions.canSearchCandidates) {
    items.push({ to: '/kandidaten', label: permissions.ownCandidatesOnly ? nl.nav.myCandidates : nl.nav.candidates });
  }
  if (permissions.isMunicipal) {
    items.push({ to: '/onze-kandidaten', label: nl.nav.ourCandidates });
  }
  if (permissions.canSeePlacements) {
    items.push({ to: '/plaatsingen', label: nl.nav.placements });
  }
  if (permissions.canManageTalents) {
    items.push({ to: '/talenten', label: nl.nav.talents });
  }
  // --- issue 5: dashboard and calendar feed (after the working screens, so `/` still opens those) ---
  if (permissions.canSeeDashboard) {
    items.push({ to: '/dashboard', label: nl.nav.dashboard });
  }
  if (permissions.hasCalendarFeed) {
    items.push({ to: '/nazorg/agenda', label: nl.nav.calendarFeed });
  }
  return items;
}

/** Where `/` leads: the first screen of the menu. */
export function homePathFor(permissions: Permissions): string {
  return navItemsFor(permissions)[0]?.to ?? '/vacatures';
}
