import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidate, pageOf, talent } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { CandidatePage } from './CandidatePage';
import { CandidatesSearchPage } from './CandidatesSearchPage';

const TALENTS = [
  talent(),
  talent({ code: 'klantvriendelijk', labelNl: 'Klantvriendelijk', category: 'WORK_ATTITUDE' }),
];

function mockApi() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/municipalities') return jsonResponse([{ code: 'rotterdam', name: 'Rotterdam' }]);
    if (url.pathname === '/api/talents') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return jsonResponse(pageOf(TALENTS.filter((t) => t.labelNl.toLowerCase().includes(q))));
    }
    const single = /^\/api\/talents\/(.+)$/.exec(url.pathname);
    if (single) {
      const found = TALENTS.find((t) => t.code === single[1]);
      return found ? jsonResponse(found, { etag: '"1"' }) : problemResponse({ status: 404 });
    }
    if (url.pathname === '/api/candidates') return jsonResponse(pageOf([candidate()], { totalItems: 21 }));
    if (url.pathname === `/api/candidates/${candidate().id}`) return jsonResponse(candidate());
    return problemResponse({ status: 404 });
  });
}

const searchUrls = (fetch: ReturnType<typeof mockApi>) =>
  requestsOf(fetch)
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname === '/api/candidates');

const extraRoutes = [{ path: '/kandidaten/:id', element: <CandidatePage /> }];

describe('Kandidaten zoeken', () => {
  it('turns the filters in the URL into the API query and shows the results as cards', async () => {
    const fetch = mockApi();
    renderRoute(<CandidatesSearchPage />, {
      path: '/kandidaten',
      url: '/kandidaten?talenten=heftruckcertificaat,klantvriendelijk&match=alle&niveau=3&doelgroep=BBL&urenVan=16&beschikbaarVoor=2026-09-01&q=koken&sortering=lastName,asc&pagina=2',
      extraRoutes,
    });

    expect(await screen.findByText('21 kandidaten')).toBeInTheDocument();
    expect(Object.fromEntries(searchUrls(fetch).at(-1)!.searchParams)).toEqual({
      page: '1',
      size: '20',
      sort: 'lastName,asc',
      talents: 'heftruckcertificaat,klantvriendelijk',
      talentMatch: 'ALL',
      minLevel: '3',
      targetGroup: 'BBL',
      hoursMin: '16',
      availableBy: '2026-09-01',
      status: 'ACTIVE',
      q: 'koken',
    });

    // The chips show the labels, fetched per code; the other filters show the URL's values.
    expect(await screen.findByRole('button', { name: 'Verwijder talent Heftruckcertificaat' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Verwijder talent Klantvriendelijk' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'alle talenten' })).toBeChecked();
    expect(screen.getByLabelText('Minimaal niveau')).toHaveValue('3');
    expect(screen.getByLabelText('Doelgroep')).toHaveValue('BBL');
    expect(screen.getByLabelText('Uren per week vanaf')).toHaveValue(16);

    const card = screen.getByRole('article', { name: 'Sanne Verbeek' });
    expect(within(card).getByRole('link', { name: 'Sanne Verbeek' })).toHaveAttribute('href', `/kandidaten/${candidate().id}`);
    expect(card).toHaveTextContent('Rotterdam');
    expect(card).toHaveTextContent('3072');
    expect(card).toHaveTextContent('24–32 uur');
    expect(card).toHaveTextContent('1 maart 2026');
    expect(card).toHaveTextContent('Actief');
    // The searched talents come first on the card, each with its level.
    const talents = within(card).getAllByRole('listitem');
    expect(talents[0]).toHaveTextContent('Klantvriendelijk');
    expect(talents[0]).toHaveTextContent('Niveau 5 van 5');
    expect(talents[1]).toHaveTextContent('Heftruckcertificaat');
    expect(talents[1]).toHaveTextContent('Niveau 4 van 5');
    expect(talents[3]).toHaveTextContent('en nog 1 talent');
  });

  it('adding and removing a chip changes the URL and the query, and starts at page 1', async () => {
    const user = userEvent.setup();
    const fetch = mockApi();
    const { router } = renderRoute(<CandidatesSearchPage />, { path: '/kandidaten', url: '/kandidaten?pagina=3', extraRoutes });
    await screen.findByText('21 kandidaten');

    const combobox = screen.getByRole('combobox', { name: 'Talenten' });
    await user.type(combobox, 'klant');
    await screen.findByRole('option', { name: 'Klantvriendelijk – Werkhouding' });
    await user.keyboard('{ArrowDown}{Enter}');

    await waitFor(() => expect(router.state.location.search).toBe('?talenten=klantvriendelijk'));
    await waitFor(() => expect(searchUrls(fetch).at(-1)!.searchParams.get('talents')).toBe('klantvriendelijk'));
    expect(searchUrls(fetch).at(-1)!.searchParams.get('page')).toBe('0');
    expect(searchUrls(fetch).at(-1)!.searchParams.get('talentMatch')).toBe('ANY');

    await user.click(screen.getByRole('radio', { name: 'alle talenten' }));
    await waitFor(() => expect(router.state.location.search).toBe('?talenten=klantvriendelijk&match=alle'));
    await user.selectOptions(screen.getByLabelText('Minimaal niveau'), '4');
    await waitFor(() => expect(searchUrls(fetch).at(-1)!.searchParams.get('minLevel')).toBe('4'));

    await user.click(await screen.findByRole('button', { name: 'Verwijder talent Klantvriendelijk' }));
    await waitFor(() => expect(router.state.location.search).toBe('?match=alle&niveau=4'));
    await waitFor(() => expect(searchUrls(fetch).at(-1)!.searchParams.has('talents')).toBe(false));
  });

  it('applies the text, hours and date fields with "Zoeken"; "Filters wissen" resets the URL', async () => {
    const user = userEvent.setup();
    mockApi();
    const { router } = renderRoute(<CandidatesSearchPage />, { path: '/kandidaten', url: '/kandidaten', extraRoutes });
    await screen.findByText('21 kandidaten');
    expect(screen.queryByRole('button', { name: 'Filters wissen' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Zoek in interesses en motivatie'), 'fietsen');
    await user.type(screen.getByLabelText('Uren per week tot en met'), '20');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(router.state.location.search).toBe('?urenTot=20&q=fietsen'));

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Zoek in interesses en motivatie')).toHaveValue('');
  });

  it('a jobcoach sees "Mijn kandidaten"', async () => {
    mockApi();
    renderRoute(<CandidatesSearchPage />, { path: '/kandidaten', url: '/kandidaten', roles: ['jobcoach'], extraRoutes });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn kandidaten' })).toBeInTheDocument();
    expect(screen.getByText(/alleen de kandidaten aan wie je als jobcoach bent gekoppeld/)).toBeInTheDocument();
  });

  it('the profile shows the consultant view only, and leads back to the same search', async () => {
    const user = userEvent.setup();
    mockApi();
    const { router } = renderRoute(<CandidatesSearchPage />, { path: '/kandidaten', url: '/kandidaten?doelgroep=BBL', extraRoutes });
    await user.click(await screen.findByRole('link', { name: 'Sanne Verbeek' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sanne Verbeek' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Persoonlijke gegevens' })).toHaveTextContent('3072');
    expect(screen.getByRole('region', { name: 'Talenten' })).toHaveTextContent('Werkhouding');
    expect(screen.getByRole('region', { name: 'Voorkeuren' })).toHaveTextContent('Logistiek en transport, Detailhandel');
    expect(screen.getByRole('region', { name: 'Beschikbaarheid' })).toHaveTextContent('15 km');
    expect(screen.queryByText('Klantnummer')).not.toBeInTheDocument();
    expect(screen.queryByText('Geboortedatum')).not.toBeInTheDocument();
    expect(screen.queryByText('Geslacht')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Terug naar de zoekresultaten' }));
    await waitFor(() => expect(router.state.location.search).toBe('?doelgroep=BBL'));
  });
});
