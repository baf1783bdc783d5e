import { api, etagOf, expectData } from '@/lib/api/client';
import type {
  CandidateSuggestions,
  Match,
  MatchCreateRequest,
  MatchPage,
  MatchStatus,
  MatchTransitionRequest,
  VacancySuggestions,
  Versioned,
} from '@/lib/api/types';

export interface SuggestionParams {
  limit?: number;
}

export interface MatchListParams {
  vacancyId?: string;
  candidateId?: string;
  status?: MatchStatus[];
  owner?: string;
  page?: number;
  size?: number;
  sort?: string;
}

/** The backend's strong ETag is the quoted version (docs/api.md), so a listed match can be moved without a GET first. */
export function etagOfVersion(version: number): string {
  return `"${version}"`;
}

export async function getVacancySuggestions(
  vacancyId: string,
  params: SuggestionParams,
  signal?: AbortSignal,
): Promise<CandidateSuggestions> {
  const result = await api.GET('/api/vacancies/{id}/suggestions', {
    params: { path: { id: vacancyId }, query: params },
    signal,
  });
  return expectData(result);
}

export async function getCandidateSuggestions(
  candidateId: string,
  params: SuggestionParams,
  signal?: AbortSignal,
): Promise<VacancySuggestions> {
  const result = await api.GET('/api/candidates/{id}/suggestions', {
    params: { path: { id: candidateId }, query: params },
    signal,
  });
  return expectData(result);
}

export async function listMatches(params: MatchListParams, signal?: AbortSignal): Promise<MatchPage> {
  return expectData(await api.GET('/api/matches', { params: { query: params }, signal }));
}

export async function createMatch(body: MatchCreateRequest): Promise<Versioned<Match>> {
  const result = await api.POST('/api/matches', { body });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function transitionMatch(
  id: string,
  body: MatchTransitionRequest,
  etag: string,
): Promise<Versioned<Match>> {
  const result = await api.POST('/api/matches/{id}/transitions', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body,
  });
  return { data: expectData(result), etag: etagOf(result.response) };
}
