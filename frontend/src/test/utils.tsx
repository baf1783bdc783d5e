import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { permissionsFor, type Role } from '@/lib/auth/roles';
import { SessionProvider, type Session } from '@/lib/auth/session';

export function testSession(roles: Role[] = ['consultant'], municipality: string | null = null): Session {
  return {
    name: 'Carla de Vries',
    roles,
    permissions: permissionsFor(roles),
    municipality,
    signOut: vi.fn(),
    signInAgain: vi.fn(),
  };
}

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Renders `element` at `path` inside a memory router, a fresh QueryClient and a session. */
export function renderRoute(
  element: ReactElement,
  {
    path = '/',
    url = '/',
    roles = ['consultant'] as Role[],
    municipality = null as string | null,
    extraRoutes = [] as RouteObject[],
  } = {},
) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter([{ path, element }, ...extraRoutes], { initialEntries: [url] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider session={testSession(roles, municipality)}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}

export function jsonResponse(body: unknown, init: ResponseInit & { etag?: string } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  if (init.etag) headers.set('ETag', init.etag);
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function problemResponse(body: Record<string, unknown> & { status: number }): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** Replaces global fetch with a mock that answers each request via `handler`; returns the mock. */
export function mockFetch(handler: (request: Request) => Response | Promise<Response>) {
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    return handler(request);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** The Requests that the fetch mock received. */
export function requestsOf(fn: ReturnType<typeof mockFetch>): Request[] {
  return fn.mock.calls.map(([input, init]) => (input instanceof Request ? input : new Request(input, init)));
}
