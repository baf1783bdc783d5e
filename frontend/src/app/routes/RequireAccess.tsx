import { Navigate, Outlet } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import type { Permissions } from '@/lib/auth/roles';
import { usePermissions } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { homePathFor } from '@/lib/navigation';

type Area =
  | 'canRead'
  | 'canSearchCandidates'
  | 'isMunicipal'
  | 'canManageTalents'
  // Placements and aftercare (issue 5)
  | 'canSeePlacements'
  | 'hasAftercare'
  // issue 5: dashboard and calendar feed
  | 'canSeeDashboard'
  | 'hasCalendarFeed';

/**
 * Screens of one area (employers/vacancies, candidates, own municipal candidates, talents).
 * A user whose roles do not include the area gets "Geen toegang" inside the layout, so
 * the menu still shows where they can go. The backend enforces the same rules.
 */
export function RequireAccess({ area }: { area: Area }) {
  const permissions: Permissions = usePermissions();
  if (permissions[area]) return <Outlet />;
  return <NoAccessHere />;
}

export function NoAccessHere() {
  return (
    <>
      <PageHeader title={nl.auth.noAccessTitle} />
      <p>{nl.auth.noAccessHereText}</p>
    </>
  );
}

/** `/` leads to the first screen of the user's menu. */
export function HomeRedirect() {
  const permissions = usePermissions();
  return <Navigate to={homePathFor(permissions)} replace />;
}
