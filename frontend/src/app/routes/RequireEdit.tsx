import { Navigate, Outlet, useLocation } from 'react-router';
import { usePermissions } from '@/lib/auth/session';

/** Create/edit routes: read-only users (jobcoaches) are sent to the matching read-only page. */
export function RequireEdit() {
  const { canEdit } = usePermissions();
  const location = useLocation();
  if (canEdit) return <Outlet />;
  const readOnly = location.pathname.replace(/\/(nieuw|bewerken)$/, '') || '/';
  return <Navigate to={readOnly} replace />;
}
