import { describe, expect, it } from 'vitest';
import { decodeJwtPayload, permissionsFor, rolesFromAccessToken } from './roles';

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

describe('permissions', () => {
  it('consultants and admins may edit', () => {
    expect(permissionsFor(['consultant'])).toEqual({ canRead: true, canEdit: true, primaryRole: 'consultant' });
    expect(permissionsFor(['admin'])).toMatchObject({ canRead: true, canEdit: true, primaryRole: 'admin' });
  });

  it('jobcoaches may only read', () => {
    expect(permissionsFor(['jobcoach'])).toEqual({ canRead: true, canEdit: false, primaryRole: 'jobcoach' });
  });

  it('a municipality-only user has no access to these screens', () => {
    expect(permissionsFor(['municipality'])).toEqual({ canRead: false, canEdit: false, primaryRole: 'municipality' });
    expect(permissionsFor([])).toEqual({ canRead: false, canEdit: false, primaryRole: null });
  });
});
