import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/roles';
import { candidate, candidateSuggestion, match, pageOf, vacancy, vacancySuggestion } from '@/test/fixtures';
import { jsonResponse, mockFetch, renderRoute, requestsOf } from '@/test/utils';
import { CandidatePage } from '../candidates/CandidatePage';
import { VacancyPage } from './VacancyPage';

const V = vacancy({ status: 'OPEN' });
const C = candidate();

function mockApi() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === `/api/vacancies/${V.id}`) return jsonResponse(V, { etag: '"1"' });
    if (url.pathname === `/api/vacancies/${V.id}/suggestions`) return jsonResponse({ items: [candidateSuggestion()] });
    if (url.pathname === '/api/matches') return jsonResponse(pageOf([match({ status: 'PROPOSED' })]));
    if (url.pathname === `/api/candidates/${C.id}`) return jsonResponse(C);
    if (url.pathname === `/api/candidates/${C.id}/suggestions`) return jsonResponse({ items: [vacancySuggestion({ matchStatus: 'PROPOSED', matchId: match().id })] });
    return new Response(null, { status: 404 });
  });
}

const paths = (fetch: ReturnType<typeof mockApi>) => requestsOf(fetch).map((r) => new URL(r.url).pathname);

describe('VacancyPage matching sections', () => {
  it('a consultant sees the pipeline board and the ranked suggestions', async () => {
    mockApi();
    renderRoute(<VacancyPage />, { path: '/vacatures/:id', url: `/vacatures/${V.id}` });
    expect(await screen.findByRole('region', { name: 'Pipeline' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Sanne Verbeek' })).toHaveTextContent('Kennismaking gehad');
    expect(await screen.findByRole('button', { name: /Toevoegen aan pipeline/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Passende kandidaten' })).toBeInTheDocument();
  });

  it.each<Role>(['jobcoach', 'admin'])('a %s gets neither (the API would answer 403) and nothing is asked', async (role) => {
    const fetch = mockApi();
    renderRoute(<VacancyPage />, { path: '/vacatures/:id', url: `/vacatures/${V.id}`, roles: [role] });
    expect(await screen.findByRole('heading', { level: 1, name: V.title })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Pipeline' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Passende kandidaten' })).not.toBeInTheDocument();
    expect(paths(fetch).filter((p) => p.includes('suggestions') || p.startsWith('/api/matches'))).toEqual([]);
  });
});

describe('CandidatePage "Passende vacatures"', () => {
  it('a consultant sees the fitting vacancies with score, gaps and a link', async () => {
    mockApi();
    renderRoute(<CandidatePage />, { path: '/kandidaten/:id', url: `/kandidaten/${C.id}` });
    const card = await screen.findByRole('article', { name: `Nummer 1: ${V.title}` });
    expect(card).toHaveTextContent('mist: Heftruckcertificaat');
    expect(card).toHaveTextContent('Al in pipeline: Voorgesteld');
    expect(screen.getByRole('meter', { name: `Score ${V.title}` })).toHaveAttribute('aria-valuenow', '74');
    expect(screen.getByRole('link', { name: V.title })).toHaveAttribute('href', `/vacatures/${V.id}`);
  });

  it('a jobcoach sees the profile without suggestions', async () => {
    const fetch = mockApi();
    renderRoute(<CandidatePage />, { path: '/kandidaten/:id', url: `/kandidaten/${C.id}`, roles: ['jobcoach'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sanne Verbeek' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Passende vacatures' })).not.toBeInTheDocument();
    expect(paths(fetch).some((p) => p.endsWith('/suggestions'))).toBe(false);
  });
});
