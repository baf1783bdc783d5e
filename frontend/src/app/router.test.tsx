import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/roles';
import { SessionProvider } from '@/lib/auth/session';
import { pageOf } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, testQueryClient, testSession } from '@/test/utils';
import { routes } from './router';

function renderApp(url: string, roles: Role[], municipality: string | null = null) {
  mockFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/municipalities') return jsonResponse([{ code: 'rotterdam', name: 'Rotterdam' }]);
    return jsonResponse(pageOf([]));
  });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <SessionProvider session={testSession(roles, municipality)}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return router;
}

const menu = () =>
  within(screen.getByRole('navigation', { name: 'Hoofdmenu' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('navigation and access per role', () => {
  it('consultant: Vacatures, Werkgevers, Kandidaten; / opens the vacancies', async () => {
    const router = renderApp('/', ['consultant']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Vacatures' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/vacatures');
    expect(menu()).toEqual(['Vacatures', 'Werkgevers', 'Kandidaten', 'Plaatsingen', 'Dashboard']);
  });

  it('jobcoach: "Mijn kandidaten" next to the read-only lists', async () => {
    renderApp('/kandidaten', ['jobcoach']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn kandidaten' })).toBeInTheDocument();
    expect(menu()).toEqual([
      'Vandaag',
      'Vacatures',
      'Werkgevers',
      'Mijn kandidaten',
      'Plaatsingen',
      'Agenda-koppeling',
    ]);
  });

  it('jobcoach: / opens "Vandaag", and Plaatsingen is there', async () => {
    const router = renderApp('/', ['jobcoach']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Vandaag' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/nazorg');
    // They log calls here, so no "read-only" notice (which they do get on the vacancies).
    expect(screen.queryByText(/maar niet wijzigen/)).not.toBeInTheDocument();
    await router.navigate('/plaatsingen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plaatsingen' })).toBeInTheDocument();
    await router.navigate('/vacatures');
    expect(await screen.findByText(/maar niet wijzigen/)).toBeInTheDocument();
  });

  it('"Vandaag" is for jobcoaches only; placements are not for admins', async () => {
    const router = renderApp('/nazorg', ['consultant']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    await router.navigate('/plaatsingen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plaatsingen' })).toBeInTheDocument();
  });

  it('admins get "Geen toegang" on placements', async () => {
    renderApp('/plaatsingen', ['admin']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });

  it('municipal staff: / opens "Onze kandidaten"; the other screens say "Geen toegang"', async () => {
    const router = renderApp('/', ['municipality'], 'rotterdam');
    expect(await screen.findByRole('heading', { level: 1, name: 'Onze kandidaten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/onze-kandidaten');
    expect(menu()).toEqual(['Onze kandidaten', 'Plaatsingen', 'Dashboard']);

    await router.navigate('/vacatures');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    await router.navigate('/kandidaten');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    await router.navigate('/werkgevers/nieuw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });

  it('admin: Talenten instead of Kandidaten (the candidate API answers admins 403)', async () => {
    const router = renderApp('/talenten', ['admin']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Talenten' })).toBeInTheDocument();
    expect(menu()).toEqual(['Vacatures', 'Werkgevers', 'Talenten', 'Dashboard']);
    await router.navigate('/kandidaten');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    await router.navigate('/onze-kandidaten');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });

  it('consultants have no talent admin', async () => {
    renderApp('/talenten/nieuw', ['consultant']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});

// --- issue 5: dashboard and calendar feed ---
describe('dashboard and calendar feed per role', () => {
  function renderIssue5(url: string, roles: Role[], municipality: string | null = null) {
    mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/stats' || path === '/api/calendar-feed') {
        return problemResponse({ status: 404, title: 'Not Found', type: 'https://werkhub.nl/problems/not-found' });
      }
      return jsonResponse(pageOf([]));
    });
    const router = createMemoryRouter(routes, { initialEntries: [url] });
    render(
      <QueryClientProvider client={testQueryClient()}>
        <SessionProvider session={testSession(roles, municipality)}>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>,
    );
    return router;
  }

  it('consultants, admins and municipalities open the dashboard; jobcoaches do not', async () => {
    renderIssue5('/dashboard', ['consultant']);
    // The dashboard's module (with the chart library) is loaded on demand; the first time takes a while.
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('Niet gevonden');
    cleanup();
    renderIssue5('/dashboard', ['admin']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    cleanup();
    renderIssue5('/dashboard', ['municipality'], 'rotterdam');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    cleanup();
    renderIssue5('/dashboard', ['jobcoach']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });

  it('only jobcoaches have the calendar link page', async () => {
    renderIssue5('/nazorg/agenda', ['jobcoach']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Agenda-koppeling' })).toBeInTheDocument();
    expect(await screen.findByText('Je hebt nog geen agenda-link.')).toBeInTheDocument();
    cleanup();
    renderIssue5('/nazorg/agenda', ['consultant']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});
