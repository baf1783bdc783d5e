import { describe, expect, it } from 'vitest';
import { decodeJwtPayload, municipalityFromAccessToken, permissionsFor, rolesFromAccessToken } from './roles';

function base64Url(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function jwt(payload: object): string {
  return [base64Url(JSON.stringify({ alg: 'RS256', typ: 'JWT' })), base64Url(JSON.stringify(payload)), 'signature'].join('.');
}

describe('roles from the access token', () => {
  it('reads realm_access.roles and ignores roles Werkhub does not know', () => {
    const token = jwt({ realm_access: { roles: ['default-roles-werkhub', 'offline_access', 'consultant'] } });
    expect(rolesFromAccessToken(token)).toEqual(['consultant']);
  });

  it('decodes base64url payloads with non-ASCII characters', () => {
    const token = jwt({ name: 'Özge Çelik – jobcoach?>', realm_access: { roles: ['jobcoach'] } });
    expect(decodeJwtPayload(token)?.name).toBe('Özge Çelik – jobcoach?>');
    expect(rolesFromAccessToken(token)).toEqual(['jobcoach']);
  });

  it('returns no roles for missing, malformed or role-less tokens', () => {
    expect(rolesFromAccessToken(undefined)).toEqual([]);
    expect(rolesFromAccessToken('not-a-jwt')).toEqual([]);
    expect(rolesFromAccessToken('a.%%%.c')).toEqual([]);
    expect(rolesFromAccessToken(jwt({ sub: 'x' }))).toEqual([]);
    expect(rolesFromAccessToken(jwt({ realm_access: { roles: 'consultant' } }))).toEqual([]);
  });
});

describe('the municipality claim', () => {
  it('reads the municipality code of municipal users', () => {
    expect(municipalityFromAccessToken(jwt({ municipality: 'rotterdam', realm_access: { roles: ['municipality'] } }))).toBe(
      'rotterdam',
    );
    expect(municipalityFromAccessToken(jwt({ municipality: 'capelle-aan-den-ijssel' }))).toBe('capelle-aan-den-ijssel');
  });

  it('ignores a missing, non-string or malformed claim', () => {
    expect(municipalityFromAccessToken(jwt({ realm_access: { roles: ['consultant'] } }))).toBeNull();
    expect(municipalityFromAccessToken(jwt({ municipality: ['rotterdam'] }))).toBeNull();
    expect(municipalityFromAccessToken(jwt({ municipality: '../admin' }))).toBeNull();
    expect(municipalityFromAccessToken(undefined)).toBeNull();
  });
});

describe('permissions', () => {
  it('consultants edit employers and vacancies and search all consenting candidates', () => {
    expect(permissionsFor(['consultant'])).toEqual({
      canRead: true,
      canEdit: true,
      canSearchCandidates: true,
      ownCandidatesOnly: false,
      isMunicipal: false,
      canMatch: true,
      canManageTalents: false,
      canSeePlacements: true,
      canManagePlacements: true,
      hasAftercare: false,
      hasAccess: true,
      primaryRole: 'consultant',
      canSeeDashboard: true,
      hasCalendarFeed: false,
    });
  });

  it('admins edit and keep the talents, but have no candidate screens (the API answers 403)', () => {
    expect(permissionsFor(['admin'])).toMatchObject({
      canRead: true,
      canEdit: true,
      canSearchCandidates: false,
      canMatch: false,
      canManageTalents: true,
      canSeePlacements: false,
      hasAftercare: false,
      primaryRole: 'admin',
      canSeeDashboard: true,
      hasCalendarFeed: false,
    });
  });

  it('jobcoaches read employers and vacancies and see only their own candidates', () => {
    expect(permissionsFor(['jobcoach'])).toMatchObject({
      canRead: true,
      canEdit: false,
      canSearchCandidates: true,
      ownCandidatesOnly: true,
      canMatch: false,
      canManageTalents: false,
      canSeePlacements: true,
      canManagePlacements: false,
      hasAftercare: true,
      primaryRole: 'jobcoach',
      canSeeDashboard: false,
      hasCalendarFeed: true,
    });
    // A consultant who is also a jobcoach searches everything.
    expect(permissionsFor(['consultant', 'jobcoach']).ownCandidatesOnly).toBe(false);
  });

  it('municipal staff get their own candidates only', () => {
    expect(permissionsFor(['municipality'])).toEqual({
      canRead: false,
      canEdit: false,
      canSearchCandidates: false,
      ownCandidatesOnly: false,
      isMunicipal: true,
      canMatch: false,
      canManageTalents: false,
      canSeePlacements: true,
      canManagePlacements: false,
      hasAftercare: false,
      hasAccess: true,
      primaryRole: 'municipality',
      canSeeDashboard: true,
      hasCalendarFeed: false,
    });
  });

  it('a user without a Werkhub role has no access', () => {
    expect(permissionsFor([])).toMatchObject({ canRead: false, isMunicipal: false, hasAccess: false, primaryRole: null });
  });
});
