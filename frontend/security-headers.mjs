// Security headers of the SPA: the Vite dev server and `vite preview` (the e2e tests run the
// production build behind it) send them from here, and frontend/nginx.conf must send the same for
// the compose stack (scripts/check-compose.mjs compares them).

/**
 * The Content-Security-Policy the SPA works with: its own scripts only, API calls to its own origin
 * (the proxied /api) and to Keycloak (the token endpoint: oidc-client-ts renews with the refresh
 * token), Keycloak in a frame at most (a silent renew or session check falls back to an iframe),
 * never framed itself. Inline styles stay allowed: React and recharts set style attributes. In
 * development the React refresh preamble is an inline script and hot reload talks over a WebSocket,
 * so `dev` allows both.
 *
 * @param {string} oidcAuthority the realm URL the SPA logs in at (VITE_OIDC_AUTHORITY)
 * @param {'dev' | 'build'} mode
 * @returns {string}
 */
export function contentSecurityPolicy(oidcAuthority, mode) {
  const keycloak = new URL(oidcAuthority).origin;
  const scripts = mode === 'dev' ? "'self' 'unsafe-inline'" : "'self'";
  const connect = mode === 'dev' ? `'self' ws: ${keycloak}` : `'self' ${keycloak}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    `frame-src ${keycloak}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * @param {string} oidcAuthority
 * @param {'dev' | 'build'} mode
 * @returns {Record<string, string>}
 */
export function securityHeaders(oidcAuthority, mode) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(oidcAuthority, mode),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
