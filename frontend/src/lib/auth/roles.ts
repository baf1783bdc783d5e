export type Role = 'consultant' | 'admin' | 'jobcoach' | 'municipality';

const KNOWN_ROLES: readonly Role[] = ['admin', 'consultant', 'jobcoach', 'municipality'];

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Decodes the payload of a JWT without verifying it (the backend verifies; the UI only adapts). */
export function decodeJwtPayload(token: string | null | undefined): Record<string, unknown> | null {
  if (!token) return null;
  const parts = token.split('.');
  if (parts.length < 2) return null;
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1])) as unknown;
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The Werkhub roles in the access token's `realm_access.roles` (other realm roles are ignored). */
export function rolesFromAccessToken(token: string | null | undefined): Role[] {
  const payload = decodeJwtPayload(token);
  const realmAccess = payload?.realm_access;
  if (typeof realmAccess !== 'object' || realmAccess === null) return [];
  const roles = (realmAccess as { roles?: unknown }).roles;
  if (!Array.isArray(roles)) return [];
  return KNOWN_ROLES.filter((r) => roles.includes(r));
}

/**
 * The `municipality` claim of the access token (e.g. `rotterdam`): the municipality whose
 * candidates a municipal user works with. Null when absent or not a plain code.
 */
export function municipalityFromAccessToken(token: string | null | undefined): string | null {
  const claim = decodeJwtPayload(token)?.municipality;
  return typeof claim === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(claim) ? claim : null;
}

export interface Permissions {
  /** May see the employer and vacancy screens. */
  canRead: boolean;
  /** May create, change, archive and delete employers and vacancies. */
  canEdit: boolean;
  /** May search and read candidate profiles (consultants: consenting ones; jobcoaches: assigned ones). */
  canSearchCandidates: boolean;
  /** Sees only their own candidates there (a jobcoach without the consultant role). */
  ownCandidatesOnly: boolean;
  /** Municipal staff: read their municipality's own candidates ("Onze kandidaten"). */
  isMunicipal: boolean;
  /** May see suggestions and move matches through the pipeline (consultants only; the API answers others 403). */
  canMatch: boolean;
  /** May maintain the talent taxonomy. */
  canManageTalents: boolean;
  // --- Placements and aftercare (issue 5) ---
  /** May read placements: consultants all, jobcoaches their own, municipalities their candidates'. */
  canSeePlacements: boolean;
  /** May change, end and add calls to placements (consultants). */
  canManagePlacements: boolean;
  /** Has the "Vandaag" list of own follow-up calls (jobcoaches). */
  hasAftercare: boolean;
  // --- end placements and aftercare ---
  /** Has at least one screen in the SPA. */
  hasAccess: boolean;
  /** The role shown next to the user's name. */
  primaryRole: Role | null;
  // --- issue 5: dashboard and calendar feed ---
  /** May read GET /api/stats (consultants and admins: all; municipalities: their own candidates; jobcoaches 403). */
  canSeeDashboard: boolean;
  /** Has a personal iCalendar feed of planned follow-up calls (jobcoaches). */
  hasCalendarFeed: boolean;
}

export function permissionsFor(roles: readonly Role[]): Permissions {
  const canEdit = roles.includes('consultant') || roles.includes('admin');
  const canRead = canEdit || roles.includes('jobcoach');
  // Admins get 403 on /api/candidates, so only consultants and jobcoaches search.
  const canSearchCandidates = roles.includes('consultant') || roles.includes('jobcoach');
  const ownCandidatesOnly = roles.includes('jobcoach') && !roles.includes('consultant');
  const isMunicipal = roles.includes('municipality');
  const canManageTalents = roles.includes('admin');
  const canMatch = roles.includes('consultant');
  const primaryRole = KNOWN_ROLES.find((r) => roles.includes(r)) ?? null;
  const canSeePlacements = roles.includes('consultant') || roles.includes('jobcoach') || isMunicipal;
  const hasAftercare = roles.includes('jobcoach');
  return {
    canRead,
    canEdit,
    canSearchCandidates,
    ownCandidatesOnly,
    isMunicipal,
    canMatch,
    canManageTalents,
    canSeePlacements,
    canManagePlacements: canMatch,
    hasAftercare,
    hasAccess: canRead || isMunicipal,
    primaryRole,
    canSeeDashboard: canEdit || isMunicipal,
    hasCalendarFeed: roles.includes('jobcoach'),
  };
}
