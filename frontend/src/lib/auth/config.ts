import { WebStorageStateStore, type User, type UserManagerSettings } from 'oidc-client-ts';

export const OIDC_AUTHORITY: string =
  import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/werkhub';
export const OIDC_CLIENT_ID: string = import.meta.env.VITE_OIDC_CLIENT_ID ?? 'werkhub-spa';

/** Where the user wanted to go before the login redirect (passed through the OIDC `state`). */
export interface SigninState {
  returnTo?: string;
}

export function currentPath(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/** After the code exchange: drop `code`/`state` from the URL and go back to the page the user wanted. */
export function onSigninCallback(user: User | undefined | void): void {
  const state = (user?.state ?? {}) as SigninState;
  const returnTo = state.returnTo && state.returnTo.startsWith('/') && !state.returnTo.startsWith('//') ? state.returnTo : '/';
  window.history.replaceState(window.history.state, document.title, returnTo);
}

/** Authorization code + PKCE (the oidc-client-ts default for response_type=code) against Keycloak. */
export function userManagerSettings(): UserManagerSettings {
  const origin = window.location.origin;
  return {
    authority: OIDC_AUTHORITY,
    client_id: OIDC_CLIENT_ID,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    // Renew the access token before it expires, with the refresh token (no iframe).
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}
