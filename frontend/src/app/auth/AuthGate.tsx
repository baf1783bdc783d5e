import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { currentPath, type SigninState } from '@/lib/auth/config';
import { municipalityFromAccessToken, permissionsFor, rolesFromAccessToken } from '@/lib/auth/roles';
import { SessionProvider, type Session } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { NoAccessPage } from './NoAccessPage';
import { LoginUnavailablePage } from './LoginUnavailablePage';

/**
 * Only lets signed-in users with a Werkhub role through. Not signed in → redirect
 * to Keycloak (remembering the page); Keycloak unreachable → a Dutch explanation;
 * signed in without any Werkhub role → "geen toegang".
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const triedSignin = useRef(false);

  const shouldSignIn =
    !hasAuthParams() && !auth.isAuthenticated && !auth.activeNavigator && !auth.isLoading && !auth.error;

  useEffect(() => {
    if (shouldSignIn && !triedSignin.current) {
      triedSignin.current = true;
      const state: SigninState = { returnTo: currentPath() };
      void auth.signinRedirect({ state });
    }
  }, [shouldSignIn, auth]);

  const accessToken = auth.user?.access_token;
  const profile = auth.user?.profile;
  const session = useMemo<Session | null>(() => {
    if (!accessToken) return null;
    const roles = rolesFromAccessToken(accessToken);
    const name = profile?.name ?? profile?.preferred_username ?? profile?.email ?? '';
    return {
      name,
      roles,
      permissions: permissionsFor(roles),
      municipality: municipalityFromAccessToken(accessToken),
      signOut: () => {
        void auth.signoutRedirect().catch(() => auth.removeUser());
      },
      signInAgain: () => {
        void auth.signinRedirect({ state: { returnTo: currentPath() } satisfies SigninState });
      },
    };
  }, [accessToken, profile, auth]);

  if (auth.error && !auth.isAuthenticated) {
    return (
      <LoginUnavailablePage
        detail={auth.error.message}
        onRetry={() => {
          void auth.signinRedirect({ state: { returnTo: currentPath() } satisfies SigninState });
        }}
      />
    );
  }

  if (!auth.isAuthenticated || !session) {
    return (
      <div className="center-page">
        <p role="status">{nl.auth.signingIn}</p>
      </div>
    );
  }

  if (!session.permissions.hasAccess) {
    return (
      <SessionProvider session={session}>
        <NoAccessPage />
      </SessionProvider>
    );
  }

  return <SessionProvider session={session}>{children}</SessionProvider>;
}
