import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { employer } from '@/test/fixtures';
import { jsonResponse, mockFetch, renderRoute, requestsOf } from '@/test/utils';
import { EmployersListPage } from './EmployersListPage';

function page(pageNumber: number) {
  return {
    items: [employer({ id: `id-${pageNumber}`, name: `Werkgever op pagina ${pageNumber + 1}` })],
    page: pageNumber,
    size: 20,
    totalItems: 57,
    totalPages: 3,
  };
}

function mockApi() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/municipalities') return jsonResponse([{ code: 'rotterdam', name: 'Rotterdam' }]);
    if (url.pathname === '/api/employers') return jsonResponse(page(Number(url.searchParams.get('page') ?? 0)));
    return new Response(null, { status: 404 });
  });
}

function employerListUrls(fetch: ReturnType<typeof mockApi>): URL[] {
  return requestsOf(fetch)
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname === '/api/employers');
}

describe('EmployersListPage', () => {
  it('shows the total count, the rows and pages through the list', async () => {
    const user = userEvent.setup();
    const fetch = mockApi();
    renderRoute(<EmployersListPage />, { path: '/werkgevers', url: '/werkgevers' });

    expect(await screen.findByText('57 werkgevers')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Werkgever op pagina 1' })).toHaveAttribute('href', '/werkgevers/id-0');
    expect(screen.getByText('Pagina 1 van 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));

    expect(await screen.findByRole('link', { name: 'Werkgever op pagina 2' })).toBeInTheDocument();
    const last = employerListUrls(fetch).at(-1)!;
    expect(last.searchParams.get('page')).toBe('1');
    expect(last.searchParams.get('size')).toBe('20');
    expect(last.searchParams.get('sort')).toBe('name,asc');
  });

  it('sends search, filters and sort to the API and starts again at the first page', async () => {
    const user = userEvent.setup();
    const fetch = mockApi();
    renderRoute(<EmployersListPage />, { path: '/werkgevers', url: '/werkgevers?pagina=2' });
    await screen.findByText('57 werkgevers');

    await user.type(screen.getByLabelText('Zoek op naam of KvK-nummer'), 'bakker');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await user.selectOptions(screen.getByLabelText('Sector'), 'RETAIL');
    await user.selectOptions(await screen.findByLabelText('Gemeente'), 'rotterdam');
    await user.selectOptions(screen.getByLabelText('Status'), 'ARCHIVED');
    await user.selectOptions(screen.getByLabelText('Sorteren op'), 'updatedAt,desc');

    await waitFor(() => {
      const last = employerListUrls(fetch).at(-1)!;
      expect(Object.fromEntries(last.searchParams)).toEqual({
        page: '0',
        size: '20',
        sort: 'updatedAt,desc',
        q: 'bakker',
        sector: 'RETAIL',
        municipality: 'rotterdam',
        status: 'ARCHIVED',
      });
    });
  });

  it('offers "Nieuwe werkgever" to consultants but not to jobcoaches', async () => {
    mockApi();
    const consultant = renderRoute(<EmployersListPage />, { path: '/werkgevers', url: '/werkgevers' });
    expect(await screen.findByRole('link', { name: 'Nieuwe werkgever' })).toBeInTheDocument();
    consultant.unmount();

    renderRoute(<EmployersListPage />, { path: '/werkgevers', url: '/werkgevers', roles: ['jobcoach'] });
    await screen.findByText('57 werkgevers');
    expect(screen.queryByRole('link', { name: 'Nieuwe werkgever' })).not.toBeInTheDocument();
  });
});
