import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem, problemFromResponse } from './problem';
import type { paths } from './schema';

export type AccessTokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

/**
 * The language the SPA asks the API for: problem titles, details and violation
 * messages then come back in Dutch, like the rest of the UI (the API's default,
 * for clients that do not ask, is English).
 */
export const API_LANGUAGE = 'nl-NL';

/**
 * Adds `Authorization: Bearer <token>` and `Accept-Language: nl-NL` to every
 * request and turns every non-2xx response (and network failure) into a thrown
 * {@link ApiProblem}, so callers only ever see successful data or a typed problem.
 */
export function authAndProblemMiddleware(getAccessToken: AccessTokenGetter): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getAccessToken();
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      if (!request.headers.has('Accept')) {
        request.headers.set('Accept', 'application/json, application/problem+json');
      }
      request.headers.set('Accept-Language', API_LANGUAGE);
      return request;
    },
    async onResponse({ response }) {
      if (!response.ok) {
        throw await problemFromResponse(response);
      }
      return undefined;
    },
    onError({ error }) {
      if (error instanceof ApiProblem) return error;
      return new ApiProblem({ status: 0, title: error instanceof Error ? error.message : String(error) });
    },
  };
}

export interface ApiClientOptions {
  baseUrl?: string;
  getAccessToken: AccessTokenGetter;
  fetch?: typeof globalThis.fetch;
}

export function createApiClient({ baseUrl, getAccessToken, fetch }: ApiClientOptions) {
  const client = createClient<paths>({
    // The API lives at /api on the SPA's own origin (proxied by Vite in dev/preview).
    baseUrl: baseUrl ?? window.location.origin,
    fetch: fetch ?? ((input: Request) => globalThis.fetch(input)),
  });
  client.use(authAndProblemMiddleware(getAccessToken));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

let currentAccessToken: AccessTokenGetter = () => null;

/** Called by the auth layer so that the single client instance can read the current token. */
export function setAccessTokenGetter(getter: AccessTokenGetter): void {
  currentAccessToken = getter;
}

/** The one API client of the SPA. */
export const api = createApiClient({ getAccessToken: () => currentAccessToken() });

/** The successful body of a call; failures have already been thrown by the middleware. */
export function expectData<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiProblem({ status: result.response.status, title: 'Leeg antwoord van de server' });
  }
  return result.data;
}

export function etagOf(response: Response): string | null {
  return response.headers.get('ETag');
}
