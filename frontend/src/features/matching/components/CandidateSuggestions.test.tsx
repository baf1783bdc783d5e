import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CandidateSuggestion } from '@/lib/api/types';
import { candidateSuggestion, match } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { CandidateSuggestionsSection } from './CandidateSuggestions';

const VACANCY_ID = match().vacancyId;

const second = candidateSuggestion({
  candidate: { ...candidateSuggestion().candidate, id: '11111111-2222-4333-8444-555555555555', firstName: 'Daan', lastName: 'Jansen' },
  score: 64,
  matchId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  matchStatus: 'PROPOSED',
});

function mockSuggestions(onCreate: (request: Request) => Response | Promise<Response> = () => jsonResponse(match(), { status: 201, etag: '"0"' })) {
  let items: CandidateSuggestion[] = [candidateSuggestion(), second];
  return mockFetch(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === `/api/vacancies/${VACANCY_ID}/suggestions`) return jsonResponse({ items });
    if (url.pathname === '/api/matches' && request.method === 'POST') {
      const response = await onCreate(request.clone());
      if (response.ok) items = items.map((s, i) => (i === 0 ? { ...s, matchId: match().id, matchStatus: 'SUGGESTED' } : s));
      return response;
    }
    return new Response(null, { status: 404 });
  });
}

describe('CandidateSuggestionsSection', () => {
  it('ranks the suggestions with score, gaps and breakdown, and marks those already in the pipeline', async () => {
    const fetch = mockSuggestions();
    renderRoute(<CandidateSuggestionsSection vacancyId={VACANCY_ID} vacancyOpen />);

    const list = await screen.findByRole('list', { name: 'Passende kandidaten' });
    const cards = within(list).getAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveAccessibleName('Nummer 1: Sanne Verbeek');
    expect(within(cards[0]).getByRole('meter', { name: 'Score Sanne Verbeek' })).toHaveAttribute('aria-valuetext', '82 van 100');
    expect(cards[0]).toHaveTextContent('mist: Heftruckcertificaat');
    expect(cards[0]).toHaveTextContent('Talenten41,7 / 50');
    expect(within(cards[0]).getByRole('button', { name: 'Toevoegen aan pipeline: Sanne Verbeek' })).toBeEnabled();

    expect(cards[1]).toHaveTextContent('Al in pipeline: Voorgesteld');
    expect(within(cards[1]).queryByRole('button')).not.toBeInTheDocument();

    expect(new URL(requestsOf(fetch)[0].url).searchParams.get('limit')).toBe('20');
  });

  it('"Toevoegen aan pipeline" posts the pair and refreshes the suggestions', async () => {
    const user = userEvent.setup();
    const fetch = mockSuggestions();
    renderRoute(<CandidateSuggestionsSection vacancyId={VACANCY_ID} vacancyOpen />);

    await user.click(await screen.findByRole('button', { name: /Toevoegen aan pipeline: Sanne Verbeek/ }));

    const first = () => screen.getAllByRole('article')[0];
    await waitFor(() => expect(first()).toHaveTextContent('Al in pipeline: Gesuggereerd'));
    const post = requestsOf(fetch).find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ vacancyId: VACANCY_ID, candidateId: candidateSuggestion().candidate.id });
    expect(screen.getByRole('status')).toHaveTextContent('Sanne Verbeek staat nu in de pipeline');
    await waitFor(() => expect(first()).toHaveFocus());
  });

  it('a 409 (already in the pipeline) is explained with a refresh', async () => {
    const user = userEvent.setup();
    mockSuggestions(() =>
      problemResponse({ status: 409, type: 'https://werkhub.nl/problems/match-exists', title: 'Match exists', detail: 'Deze kandidaat staat al in de pipeline.' }),
    );
    renderRoute(<CandidateSuggestionsSection vacancyId={VACANCY_ID} vacancyOpen />);
    await user.click(await screen.findByRole('button', { name: /Toevoegen aan pipeline: Sanne Verbeek/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit kan niet');
    expect(alert).toHaveTextContent('Deze kandidaat staat al in de pipeline.');
    expect(within(alert).getByRole('button', { name: 'Vernieuwen' })).toBeInTheDocument();
  });

  it('a vacancy that is not open shows the suggestions without add buttons', async () => {
    mockSuggestions();
    renderRoute(<CandidateSuggestionsSection vacancyId={VACANCY_ID} vacancyOpen={false} />);
    await screen.findAllByRole('article');
    expect(screen.queryByRole('button', { name: /Toevoegen aan pipeline/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Alleen een open vacature/)).toBeInTheDocument();
  });

  it('says so when nothing fits', async () => {
    mockFetch(() => jsonResponse({ items: [] }));
    renderRoute(<CandidateSuggestionsSection vacancyId={VACANCY_ID} vacancyOpen />);
    expect(await screen.findByText('Er zijn nu geen passende kandidaten voor deze vacature.')).toBeInTheDocument();
  });
});
