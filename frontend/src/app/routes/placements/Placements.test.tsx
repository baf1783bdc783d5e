import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Placement } from '@/lib/api/types';
import { followUpCall, placement } from '@/test/aftercare-fixtures';
import { pageOf } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { PlacementPage } from './PlacementPage';
import { PlacementsListPage } from './PlacementsListPage';

afterEach(() => vi.unstubAllGlobals());

const ID = placement().id;

describe('Plaatsingen', () => {
  it('asks for the attention order and marks placements at risk and unreachable', async () => {
    const fetch = mockFetch(() =>
      jsonResponse(
        pageOf([
          placement({ id: 'p1', candidateName: 'Anna de Boer', atRisk: true }),
          placement({ id: 'p2', candidateName: 'Piet Jansen', unreachable: true, nextCall: undefined }),
          placement({ id: 'p3' }),
        ]),
      ),
    );
    renderRoute(<PlacementsListPage />, { path: '/plaatsingen', url: '/plaatsingen' });
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows[0]).toHaveTextContent('Anna de Boer');
    expect(rows[0]).toHaveTextContent('Risico');
    expect(rows[1]).toHaveTextContent('Onbereikbaar');
    expect(rows[1]).toHaveTextContent('Geen gesprek gepland');
    expect(rows[2]).toHaveTextContent('Eerste werkdag, 01-04-2026');
    expect(within(rows[2]).getByRole('link', { name: 'Sanne Verbeek' })).toHaveAttribute('href', `/plaatsingen/p3`);
    expect(new URL(requestsOf(fetch)[0].url).searchParams.get('sort')).toBe('attention');
  });

  it('"alleen risico" and the status filter go to the URL and the API', async () => {
    const user = userEvent.setup();
    const fetch = mockFetch(() => jsonResponse(pageOf([placement()])));
    const { router } = renderRoute(<PlacementsListPage />, { path: '/plaatsingen', url: '/plaatsingen' });
    await user.click(await screen.findByRole('checkbox', { name: 'Alleen risico' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'ACTIVE');
    expect(router.state.location.search).toBe('?risico=ja&status=ACTIVE');
    const last = new URL(requestsOf(fetch).at(-1)!.url).searchParams;
    expect(last.get('atRisk')).toBe('true');
    expect(last.get('status')).toBe('ACTIVE');
  });
});

function mockPlacement(current: Placement, onWrite?: (request: Request) => Response | Promise<Response>) {
  return mockFetch(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/jobcoaches') {
      return jsonResponse([{ username: 'jobcoach', firstName: 'Jamal', lastName: 'Bakker', displayName: 'Jamal Bakker' }]);
    }
    if (url.pathname.endsWith('/follow-up-calls') && request.method === 'GET') {
      return jsonResponse([
        followUpCall({ status: 'DONE', outcome: 'GOOD', contactWith: 'CANDIDATE', notes: 'Eerste dag ging goed.', loggedByName: 'Jamal Bakker', loggedAt: '2026-04-01T14:00:00Z' }),
        followUpCall({ id: 'c2', kind: 'FIRST_WEEK', dueDate: '2026-04-08', status: 'NOT_REACHED' }),
        followUpCall({ id: 'c3', kind: 'FIRST_WEEK', attempt: 2, dueDate: '2026-04-09' }),
        followUpCall({ id: 'c4', kind: 'BEFORE_CONTRACT_END', dueDate: '2026-09-01' }),
      ]);
    }
    if (request.method !== 'GET' && onWrite) return onWrite(request);
    return jsonResponse(current, { etag: `"${current.version}"` });
  });
}

function renderPlacement(roles: ('consultant' | 'jobcoach' | 'municipality')[] = ['consultant']) {
  return renderRoute(<PlacementPage />, { path: '/plaatsingen/:id', url: `/plaatsingen/${ID}`, roles });
}

describe('the placement page', () => {
  it('shows the contract in Dutch, the arrangements and the timeline of calls', async () => {
    mockPlacement(placement({ arrangements: [{ kind: 'OV_TOPUP', amount: 250 }, { kind: 'TRAINING', description: 'Heftruckcursus' }] }));
    renderPlacement();
    expect(await screen.findByRole('heading', { level: 1, name: 'Plaatsing: Sanne Verbeek' })).toBeInTheDocument();
    const contract = screen.getByRole('region', { name: 'Contract' });
    expect(contract).toHaveTextContent('Startdatum1 april 2026');
    expect(contract).toHaveTextContent('Einddatum1 oktober 2026');
    expect(contract).toHaveTextContent('Uren per week32 uur');
    expect(contract).toHaveTextContent('JobcoachJamal Bakker');
    const arrangements = screen.getByRole('region', { name: 'Afspraken' });
    expect(arrangements).toHaveTextContent('OV-tegoed € 250,00');
    expect(arrangements).toHaveTextContent('Scholing: Heftruckcursus');

    const timeline = await screen.findByRole('region', { name: 'Nazorggesprekken' });
    const items = within(timeline).getAllByRole('article');
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual([
      'Eerste werkdag',
      'Eerste week',
      'Eerste week (2e poging)',
      'Maand voor einde contract',
    ]);
    expect(items[0]).toHaveTextContent('Gevoerd');
    expect(items[0]).toHaveTextContent('Goed');
    expect(items[0]).toHaveTextContent('met kandidaat');
    expect(items[0]).toHaveTextContent('Eerste dag ging goed.');
    expect(items[1]).toHaveTextContent('Niet bereikt');
    expect(items[2]).toHaveTextContent('9 april 2026');
    expect(within(items[2]).getByRole('link', { name: /Gesprek openen/ })).toHaveAttribute('href', '/nazorg/gesprekken/c3');
  });

  it('a vast contract says so; a municipality gets no actions and no links to staff screens', async () => {
    mockPlacement(placement({ endDate: undefined }));
    renderPlacement(['municipality']);
    const contract = await screen.findByRole('region', { name: 'Contract' });
    expect(contract).toHaveTextContent('EinddatumVast contract');
    expect(within(contract).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Contract wijzigen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Extra gesprek plannen' })).not.toBeInTheDocument();
  });

  it('the jobcoach may add an extra call but not change the contract', async () => {
    mockPlacement(placement());
    renderPlacement(['jobcoach']);
    expect(await screen.findByRole('button', { name: 'Extra gesprek plannen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Contract wijzigen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plaatsing beëindigen' })).not.toBeInTheDocument();
  });

  it('changing the contract sends it with If-Match; a 412 is explained in Dutch with a reload', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    const fetch = mockPlacement(placement({ version: 7 }), async (request) => {
      sent = await request.json();
      return problemResponse({ status: 412, title: 'Precondition Failed' });
    });
    renderPlacement();
    await user.click(await screen.findByRole('button', { name: 'Contract wijzigen' }));
    const dialog = screen.getByRole('dialog', { name: 'Contract wijzigen' });
    // Filled with the current contract.
    expect(within(dialog).getByLabelText(/^Startdatum/)).toHaveValue('2026-04-01');
    expect(within(dialog).getByRole('checkbox', { name: 'OV-tegoed' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: /^Bedrag OV-tegoed/ })).toHaveValue('250,00');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Vast contract (geen einddatum)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft deze plaatsing intussen gewijzigd');
    expect(within(alert).getByRole('button', { name: 'Nieuwste versie laden' })).toBeInTheDocument();
    const put = requestsOf(fetch).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(sent).toEqual({
      startDate: '2026-04-01',
      hoursPerWeek: 32,
      jobcoach: 'jobcoach',
      arrangements: [{ kind: 'JOBCOACH' }, { kind: 'OV_TOPUP', amount: 250 }],
    });
  });

  it('ending early needs a reason; the request carries status, date and reason', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    mockPlacement(placement(), async (request) => {
      sent = await request.json();
      return jsonResponse(placement({ status: 'ENDED_EARLY', endReason: 'HEALTH', endedOn: '2026-04-10', version: 2 }), { etag: '"2"' });
    });
    renderPlacement();
    await user.click(await screen.findByRole('button', { name: 'Plaatsing beëindigen' }));
    const dialog = screen.getByRole('dialog', { name: 'Plaatsing beëindigen' });
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsing beëindigen' }));
    expect(within(dialog).getByText('Kies hoe de plaatsing is geëindigd.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Voortijdig beëindigd' }));
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsing beëindigen' }));
    expect(within(dialog).getByRole('combobox', { name: /^Reden/ })).toHaveAccessibleDescription('Kies een reden.');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Reden/ }), 'HEALTH');
    const date = within(dialog).getByLabelText(/^Laatste werkdag/);
    await user.clear(date);
    await user.type(date, '2026-04-10');
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsing beëindigen' }));
    await waitFor(() => expect(sent).toEqual({ status: 'ENDED_EARLY', endedOn: '2026-04-10', reason: 'HEALTH' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
