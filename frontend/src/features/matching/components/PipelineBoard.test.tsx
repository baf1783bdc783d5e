import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MatchStatus } from '@/lib/api/types';
import { match, pageOf } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { MATCH_STATUSES, MATCH_TRANSITIONS } from '../utils/transitions';
import { MatchCard, PipelineSection } from './PipelineBoard';

function buttonNames(): string[] {
  return screen.queryAllByRole('button').map((b) => b.textContent ?? '');
}

describe('MatchCard transition buttons', () => {
  const cases: [MatchStatus, string[]][] = [
    ['SUGGESTED', ['Voorstellen', 'Afwijzen', 'Terugtrekken']],
    ['PROPOSED', ['Kennismaking gehad', 'Afwijzen', 'Terugtrekken']],
    ['INTRODUCED', ['Proefplaatsing starten', 'Plaatsen', 'Afwijzen', 'Terugtrekken']],
    ['TRIAL', ['Plaatsen', 'Afwijzen', 'Terugtrekken']],
    ['PLACED', []],
    ['REJECTED', []],
    ['WITHDRAWN', []],
  ];

  it('covers the whole transition table of docs/api.md', () => {
    expect(cases.map(([s]) => s)).toEqual(MATCH_STATUSES);
    expect(Object.values(MATCH_TRANSITIONS).flat()).not.toContain('SUGGESTED');
  });

  it.each(cases)('from %s offers exactly the legal moves', (status, expected) => {
    renderRoute(<MatchCard match={match({ status })} busy={false} canMove vacancyOpen onMove={vi.fn()} />);
    expect(buttonNames()).toEqual(expected);
    if (expected.length > 0) {
      expect(screen.getByRole('group', { name: 'Volgende stap voor Sanne Verbeek' })).toBeInTheDocument();
    }
  });

  it('on a vacancy that is no longer open only rejecting and withdrawing are offered', () => {
    renderRoute(<MatchCard match={match({ status: 'INTRODUCED' })} busy={false} canMove vacancyOpen={false} onMove={vi.fn()} />);
    expect(buttonNames()).toEqual(['Afwijzen', 'Terugtrekken']);
  });

  it('offers no moves to someone who may only read', () => {
    renderRoute(<MatchCard match={match({ status: 'PROPOSED' })} busy={false} canMove={false} vacancyOpen onMove={vi.fn()} />);
    expect(buttonNames()).toEqual([]);
  });

  it('shows candidate, score, owner, and for a placed match the link to its placement', () => {
    renderRoute(
      <MatchCard
        match={match({ status: 'PLACED', placementId: 'b1a2c3d4-0000-4000-8000-000000000009', score: 64 })}
        busy={false}
        canMove
        vacancyOpen
        onMove={vi.fn()}
      />,
    );
    const card = screen.getByRole('article', { name: 'Sanne Verbeek' });
    // (the colons after the terms are CSS)
    expect(card).toHaveTextContent('Score64 van 100');
    expect(card).toHaveTextContent('ConsultantCarla de Vries');
    expect(within(card).getByRole('link', { name: 'Plaatsing van Sanne Verbeek bekijken' })).toHaveAttribute(
      'href',
      '/plaatsingen/b1a2c3d4-0000-4000-8000-000000000009',
    );
  });

  it('a match that is not placed has no placement link', () => {
    renderRoute(<MatchCard match={match({ status: 'TRIAL' })} busy={false} canMove vacancyOpen onMove={vi.fn()} />);
    expect(screen.queryByRole('link', { name: /Plaatsing van/ })).not.toBeInTheDocument();
  });

  it('a rejected match shows its reason', () => {
    renderRoute(
      <MatchCard match={match({ status: 'REJECTED', rejectionReason: 'NO_SHOW' })} busy={false} canMove vacancyOpen onMove={vi.fn()} />,
    );
    expect(screen.getByRole('article', { name: 'Sanne Verbeek' })).toHaveTextContent('RedenNiet komen opdagen');
  });
});

const VACANCY_ID = match().vacancyId;

function mockBoard(transition: (request: Request) => Response | Promise<Response>) {
  let current = [match({ status: 'SUGGESTED', version: 3 })];
  const fetch = mockFetch(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/matches' && request.method === 'GET') return jsonResponse(pageOf(current));
    if (url.pathname.endsWith('/transitions')) {
      const response = await transition(request.clone());
      if (response.ok) {
        const body = (await response.clone().json()) as ReturnType<typeof match>;
        current = [body];
      }
      return response;
    }
    return new Response(null, { status: 404 });
  });
  return fetch;
}

function column(name: string) {
  return screen.getByRole('region', { name: new RegExp(`^${name} \\(`) });
}

describe('PipelineSection', () => {
  it('renders one column per status and moves a card with If-Match of its version', async () => {
    const user = userEvent.setup();
    const fetch = mockBoard(async (request) => {
      const body = (await request.json()) as { to: MatchStatus };
      return jsonResponse(match({ status: body.to, version: 4 }), { etag: '"4"' });
    });
    renderRoute(<PipelineSection vacancyId={VACANCY_ID} canMove vacancyOpen />);

    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Gesuggereerd (1)',
      'Voorgesteld (0)',
      'Geïntroduceerd (0)',
      'Proefplaatsing (0)',
      'Geplaatst (0)',
      'Afgewezen (0)',
      'Teruggetrokken (0)',
    ]);
    const list = requestsOf(fetch).find((r) => new URL(r.url).pathname === '/api/matches')!;
    expect(new URL(list.url).searchParams.get('vacancyId')).toBe(VACANCY_ID);

    await user.click(within(column('Gesuggereerd')).getByRole('button', { name: 'Voorstellen' }));

    await waitFor(() => expect(within(column('Voorgesteld')).getByRole('article', { name: 'Sanne Verbeek' })).toBeInTheDocument());
    const post = requestsOf(fetch).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/matches/${match().id}/transitions`);
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ to: 'PROPOSED' });
    expect(screen.getByText('Sanne Verbeek staat nu in de kolom Voorgesteld.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('article', { name: 'Sanne Verbeek' })).toHaveFocus());
  });

  it('a 412 says someone else changed the match and offers to refresh the board', async () => {
    const user = userEvent.setup();
    const fetch = mockBoard(() =>
      problemResponse({ status: 412, type: 'https://werkhub.nl/problems/precondition-failed', title: 'Precondition failed' }),
    );
    renderRoute(<PipelineSection vacancyId={VACANCY_ID} canMove vacancyOpen />);
    await user.click(await screen.findByRole('button', { name: 'Voorstellen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft dit intussen gewijzigd');
    expect(alert).toHaveTextContent('Vernieuw het bord');
    const listCalls = () => requestsOf(fetch).filter((r) => r.method === 'GET').length;
    const before = listCalls();
    await user.click(within(alert).getByRole('button', { name: 'Bord vernieuwen' }));
    await waitFor(() => expect(listCalls()).toBe(before + 1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a 409 shows the server detail in Dutch with a refresh', async () => {
    const user = userEvent.setup();
    mockBoard(() =>
      problemResponse({
        status: 409,
        type: 'https://werkhub.nl/problems/illegal-transition',
        title: 'Illegal transition',
        detail: 'Een match in status Afgewezen kan niet naar Voorgesteld.',
      }),
    );
    renderRoute(<PipelineSection vacancyId={VACANCY_ID} canMove vacancyOpen />);
    await user.click(await screen.findByRole('button', { name: 'Voorstellen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit kan niet');
    expect(alert).toHaveTextContent('Een match in status Afgewezen kan niet naar Voorgesteld.');
    expect(within(alert).getByRole('button', { name: 'Bord vernieuwen' })).toBeInTheDocument();
  });

  it('rejecting asks for a reason in a dialog and sends it', async () => {
    const user = userEvent.setup();
    const fetch = mockBoard(async (request) => {
      const body = (await request.json()) as { to: MatchStatus; reason: 'SKILLS_MISMATCH' };
      return jsonResponse(match({ status: body.to, rejectionReason: body.reason, version: 4 }), { etag: '"4"' });
    });
    renderRoute(<PipelineSection vacancyId={VACANCY_ID} canMove vacancyOpen />);
    await user.click(await screen.findByRole('button', { name: 'Afwijzen' }));

    const dialog = screen.getByRole('dialog', { name: 'Sanne Verbeek afwijzen' });
    await user.selectOptions(within(dialog).getByLabelText(/^Reden/), 'Talenten of vaardigheden passen niet');
    await user.type(within(dialog).getByLabelText('Toelichting'), 'Heftruck ontbreekt nog.');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));

    await waitFor(() => expect(within(column('Afgewezen')).getByRole('article')).toHaveTextContent('Talenten of vaardigheden passen niet'));
    const post = requestsOf(fetch).find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ to: 'REJECTED', reason: 'SKILLS_MISMATCH', note: 'Heftruck ontbreekt nog.' });
  });
});
