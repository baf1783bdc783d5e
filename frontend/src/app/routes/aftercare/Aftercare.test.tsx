import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlashMessage } from '@/components/FlashMessage';
import { todayIso, addDays } from '@/lib/dates';
import { followUpCall } from '@/test/aftercare-fixtures';
import { pageOf } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { CallPage } from './CallPage';
import { TodayPage } from './TodayPage';

afterEach(() => vi.unstubAllGlobals());

describe('Vandaag', () => {
  it('asks for the jobcoach\'s planned calls up to today and lists the overdue ones first, with how late they are', async () => {
    const today = todayIso();
    const fetch = mockFetch((request) => {
      const url = new URL(request.url);
      if (url.searchParams.get('dueTo') === today) {
        return jsonResponse(
          pageOf([
            followUpCall({ id: 'c1', candidateName: 'Anna de Boer', kind: 'FIRST_WEEK', dueDate: today }),
            followUpCall({ id: 'c2', candidateName: 'Sanne Verbeek', kind: 'FIRST_DAY', dueDate: addDays(today, -3), overdue: true }),
          ]),
        );
      }
      return jsonResponse(pageOf([followUpCall({ id: 'c3', candidateName: 'Piet Jansen', kind: 'FIRST_MONTH', dueDate: addDays(today, 5) })]));
    });
    renderRoute(<TodayPage />, { roles: ['jobcoach'] });

    const list = await screen.findByRole('list', { name: 'Vandaag' });
    const cards = within(list).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Sanne Verbeek', 'Anna de Boer']);
    expect(cards[0]).toHaveTextContent('3 dagen te laat');
    expect(cards[0]).toHaveTextContent('Eerste werkdag');
    expect(cards[1]).not.toHaveTextContent('te laat');
    expect(within(cards[0]).getByRole('link', { name: /Bel Sanne Verbeek/ })).toHaveAttribute('href', 'tel:0612345678');
    expect(within(cards[0]).getByRole('link', { name: /Bel werkgever Marieke de Vries/ })).toHaveAttribute('href', 'tel:0101234567');
    expect(within(cards[0]).getByRole('link', { name: 'Vastleggen: Eerste werkdag van Sanne Verbeek' })).toHaveAttribute(
      'href',
      '/nazorg/gesprekken/c2',
    );

    const soon = await screen.findByRole('list', { name: 'Binnenkort' });
    expect(within(soon).getByRole('article')).toHaveTextContent('Piet Jansen');

    const [dueRequest, soonRequest] = requestsOf(fetch).map((r) => new URL(r.url).searchParams);
    expect(Object.fromEntries(dueRequest)).toMatchObject({ assignee: 'me', status: 'PLANNED', dueTo: today });
    expect(Object.fromEntries(soonRequest)).toMatchObject({ dueFrom: addDays(today, 1), dueTo: addDays(today, 14) });
  });
});

function renderCallPage(logResponse: (request: Request) => Response | Promise<Response>) {
  const fetch = mockFetch(async (request) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/log')) return logResponse(request);
    return jsonResponse(followUpCall({ version: 4 }), { etag: '"4"' });
  });
  const view = renderRoute(<CallPage />, {
    path: '/nazorg/gesprekken/:id',
    url: '/nazorg/gesprekken/c0000000-0000-4000-8000-000000000001',
    roles: ['jobcoach'],
    extraRoutes: [{ path: '/nazorg', element: <FlashMessage /> }],
  });
  return { fetch, ...view };
}

describe('the call page', () => {
  it('logs "Gesproken, Goed, Kandidaat" with If-Match and returns to Vandaag saying so', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    const { fetch, router } = renderCallPage(async (request) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent = body;
      return jsonResponse({ call: followUpCall({ ...body, status: 'DONE', version: 5 }), retry: null });
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Eerste werkdag: Sanne Verbeek' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gesproken' }));
    await user.click(screen.getByRole('radio', { name: 'Goed' }));
    await user.click(screen.getByRole('radio', { name: 'Kandidaat' }));
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Gesprek vastgelegd.');
    expect(router.state.location.pathname).toBe('/nazorg');
    const post = requestsOf(fetch).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/follow-up-calls/c0000000-0000-4000-8000-000000000001/log');
    expect(post.headers.get('If-Match')).toBe('"4"');
    expect(sent).toEqual({ result: 'DONE', outcome: 'GOOD', contactWith: 'CANDIDATE' });
  });

  it('"Niet bereikt" tells when the next attempt is', async () => {
    const user = userEvent.setup();
    renderCallPage(() =>
      jsonResponse({
        call: followUpCall({ status: 'NOT_REACHED' }),
        retry: followUpCall({ id: 'retry', attempt: 2, dueDate: '2026-04-02' }),
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Niet bereikt' }));
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Niet bereikt. Nieuwe poging gepland op 2 april 2026.');
  });

  it('after the last attempt it warns that the placement is now unreachable', async () => {
    const user = userEvent.setup();
    renderCallPage(() => jsonResponse({ call: followUpCall({ status: 'NOT_REACHED', attempt: 3, flagged: true }), retry: null }));
    await user.click(await screen.findByRole('button', { name: 'Niet bereikt' }));
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('ook niet bij de laatste poging');
  });

  it('a call someone else already logged (409) is explained, with the newest version on offer', async () => {
    const user = userEvent.setup();
    renderCallPage(() =>
      problemResponse({ status: 409, type: 'https://werkhub.nl/problems/call-not-planned', detail: 'Dit gesprek is al vastgelegd.' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Niet bereikt' }));
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit gesprek is al vastgelegd.');
    expect(within(alert).getByRole('button', { name: 'Nieuwste versie laden' })).toBeInTheDocument();
  });

  it('a logged call shows what was recorded and no form', async () => {
    mockFetch(() =>
      jsonResponse(followUpCall({ status: 'DONE', outcome: 'AT_RISK', contactWith: 'BOTH', notes: 'Conflict met collega.' })),
    );
    renderRoute(<CallPage />, { path: '/nazorg/gesprekken/:id', url: '/nazorg/gesprekken/x', roles: ['consultant'] });
    expect(await screen.findByText('Dit gesprek is al afgehandeld.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gesproken' })).not.toBeInTheDocument();
    expect(screen.getByText('Risico')).toBeInTheDocument();
    expect(screen.getByText('Beiden')).toBeInTheDocument();
    expect(screen.getByText('Conflict met collega.')).toBeInTheDocument();
  });
});
