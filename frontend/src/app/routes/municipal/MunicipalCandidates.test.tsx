import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { municipalCandidate, pageOf } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { MunicipalCandidatePage } from './MunicipalCandidatePage';
import { MunicipalCandidatesPage } from './MunicipalCandidatesPage';

const routes = [
  { path: '/onze-kandidaten/:clientNumber', element: <MunicipalCandidatePage /> },
];

function mockMunicipalApi() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/municipalities') return jsonResponse([{ code: 'rotterdam', name: 'Rotterdam' }]);
    if (url.pathname === '/api/municipalities/rotterdam/candidates') {
      return jsonResponse(
        pageOf(
          [
            municipalCandidate(),
            municipalCandidate({ id: 'other', clientNumber: 'RTM-9', firstName: 'Ahmed', lastName: 'Yilmaz', consent: false, status: 'PAUSED' }),
          ],
          { totalItems: 42 },
        ),
      );
    }
    if (url.pathname === '/api/municipalities/rotterdam/candidates/RTM-000123') {
      return jsonResponse(municipalCandidate(), { etag: '"2"' });
    }
    return problemResponse({ status: 404, title: 'Not Found', type: 'https://werkhub.nl/problems/not-found', detail: 'Onbekend klantnummer' });
  });
}

describe('Onze kandidaten (municipal staff)', () => {
  it("lists the own municipality's candidates, with the code from the token", async () => {
    const fetch = mockMunicipalApi();
    renderRoute(<MunicipalCandidatesPage />, {
      path: '/onze-kandidaten',
      url: '/onze-kandidaten',
      roles: ['municipality'],
      municipality: 'rotterdam',
      extraRoutes: routes,
    });

    expect(await screen.findByText('42 kandidaten')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Onze kandidaten' })).toBeInTheDocument();
    expect(await screen.findByText(/De kandidaten die Rotterdam in Werkhub heeft gezet/)).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Ahmed Yilmaz/ });
    expect(within(row).getByText('RTM-9')).toBeInTheDocument();
    expect(within(row).getByText('Gepauzeerd')).toBeInTheDocument();
    expect(within(row).getByText('Nee')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sanne Verbeek' })).toHaveAttribute('href', '/onze-kandidaten/RTM-000123');

    const list = requestsOf(fetch).map((r) => new URL(r.url)).find((u) => u.pathname.endsWith('/candidates'))!;
    expect(list.pathname).toBe('/api/municipalities/rotterdam/candidates');
    expect(Object.fromEntries(list.searchParams)).toEqual({ page: '0', size: '20' });
  });

  it('filters on "gewijzigd sinds" (start of that day) and opens a profile by client number', async () => {
    const user = userEvent.setup();
    const fetch = mockMunicipalApi();
    const { router } = renderRoute(<MunicipalCandidatesPage />, {
      path: '/onze-kandidaten',
      url: '/onze-kandidaten?gewijzigdSinds=2026-03-01',
      roles: ['municipality'],
      municipality: 'rotterdam',
      extraRoutes: routes,
    });
    await screen.findByText('42 kandidaten');
    const list = requestsOf(fetch).map((r) => new URL(r.url)).find((u) => u.pathname.endsWith('/candidates'))!;
    expect(list.searchParams.get('updatedSince')).toBe(new Date(2026, 2, 1).toISOString());

    await user.type(screen.getByLabelText(/^Klantnummer/), ' RTM-000123 ');
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/onze-kandidaten/RTM-000123'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sanne Verbeek' })).toBeInTheDocument();
  });

  it('shows every field of the profile: client number, gender, birth date in Dutch, full postcode', async () => {
    mockMunicipalApi();
    renderRoute(<MunicipalCandidatePage />, {
      path: '/onze-kandidaten/:clientNumber',
      url: '/onze-kandidaten/RTM-000123',
      roles: ['municipality'],
      municipality: 'rotterdam',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sanne Verbeek' })).toBeInTheDocument();
    const personal = screen.getByRole('region', { name: 'Persoonlijke gegevens' });
    const value = (label: string) => within(personal).getByText(label).closest('.detail-row')!.querySelector('dd')!.textContent;
    expect(value('Klantnummer')).toBe('RTM-000123');
    expect(value('Geslacht')).toBe('Vrouw');
    expect(value('Geboortedatum')).toBe('3 mei 1990');
    expect(value('Postcode')).toBe('3072 AP');
    expect(value('Coördinaten')).toBe('51,9, 4,5');
    expect(value('Toestemming om getoond te worden')).toBe('Ja, zichtbaar voor MKB-consultants');
    expect(value('Doelgroepen')).toBe('Praktijkroute, BBL');
    expect(screen.getByRole('region', { name: 'Talenten' })).toHaveTextContent('Niveau 5 van 5');
    expect(screen.getByRole('region', { name: 'Beschikbaarheid' })).toHaveTextContent('1 maart 2026');
    // Read-only: nothing to change or delete.
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('an unknown client number (or one of another municipality) is "niet gevonden"', async () => {
    mockMunicipalApi();
    renderRoute(<MunicipalCandidatePage />, {
      path: '/onze-kandidaten/:clientNumber',
      url: '/onze-kandidaten/CAP-1',
      roles: ['municipality'],
      municipality: 'rotterdam',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Niet gevonden');
    expect(screen.getByRole('link', { name: 'Terug naar onze kandidaten' })).toBeInTheDocument();
  });

  it('explains it when the account has no municipality claim, without calling the API', async () => {
    const fetch = mockMunicipalApi();
    renderRoute(<MunicipalCandidatesPage />, { path: '/', url: '/', roles: ['municipality'], municipality: null });
    expect(screen.getByText(/niet aan een gemeente gekoppeld/)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
