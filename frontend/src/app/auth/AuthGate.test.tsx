import { render, screen } from '@testing-library/react';
import type { User } from 'oidc-client-ts';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { describe, expect, it, vi } from 'vitest';
import { useSession } from '@/lib/auth/session';
import { AuthGate } from './AuthGate';

function token(roles: string[], claims: Record<string, unknown> = {}): string {
  const payload = btoa(JSON.stringify({ realm_access: { roles }, ...claims })).replace(/=+$/, '');
  return `e30.${payload}.sig`;
}

function authState(overrides: Partial<AuthContextProps>): AuthContextProps {
  return {
    isLoading: false,
    isAuthenticated: false,
    signinRedirect: vi.fn(async () => undefined),
    signoutRedirect: vi.fn(async () => undefined),
    removeUser: vi.fn(async () => undefined),
    ...overrides,
  } as unknown as AuthContextProps;
}

function user(roles: string[], claims: Record<string, unknown> = {}): User {
  return {
    access_token: token(roles, claims),
    profile: { sub: 's', name: 'Jamal Bakker', preferred_username: 'jobcoach' },
    expired: false,
  } as unknown as User;
}

function Protected() {
  const session = useSession();
  return (
    <p>
      Binnen als {session.name}
      {session.municipality ? ` (${session.municipality})` : ''}
    </p>
  );
}

function renderGate(auth: AuthContextProps) {
  return render(
    <AuthContext.Provider value={auth}>
      <AuthGate>
        <Protected />
      </AuthGate>
    </AuthContext.Provider>,
  );
}

describe('AuthGate', () => {
  it('sends an anonymous visitor to the login page, remembering where they were', () => {
    window.history.replaceState(null, '', '/werkgevers?sector=RETAIL');
    const auth = authState({});
    renderGate(auth);

    expect(screen.getByRole('status')).toHaveTextContent('doorgestuurd naar de inlogpagina');
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/werkgevers?sector=RETAIL' } });
  });

  it('explains in Dutch when the login service cannot be reached', () => {
    const auth = authState({
      error: Object.assign(new Error('Failed to fetch'), { source: 'signinRedirect' }) as AuthContextProps['error'],
    });
    renderGate(auth);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Inloggen is nu niet mogelijk');
    expect(screen.getByRole('alert')).toHaveTextContent('Inloggen is nu niet mogelijk');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });

  it('shows "geen toegang" to a user without any Werkhub role', () => {
    renderGate(authState({ isAuthenticated: true, user: user(['default-roles-werkhub', 'offline_access']) }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Geen toegang');
    expect(screen.getByText(/geen rol in Werkhub/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
    expect(screen.queryByText(/Binnen als/)).not.toBeInTheDocument();
  });

  it('lets municipal staff in, with the municipality from their token', () => {
    renderGate(
      authState({ isAuthenticated: true, user: user(['default-roles-werkhub', 'municipality'], { municipality: 'rotterdam' }) }),
    );
    expect(screen.getByText('Binnen als Jamal Bakker (rotterdam)')).toBeInTheDocument();
  });

  it('lets a jobcoach in', () => {
    renderGate(authState({ isAuthenticated: true, user: user(['jobcoach']) }));
    expect(screen.getByText('Binnen als Jamal Bakker')).toBeInTheDocument();
  });
});
