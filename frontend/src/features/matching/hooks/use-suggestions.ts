import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { getCandidateSuggestions, getVacancySuggestions, type SuggestionParams } from '../api/matching';

/** GET /api/vacancies/{id}/suggestions — ranked candidates for a vacancy. */
export function useVacancySuggestions(vacancyId: string, params: SuggestionParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.suggestions.forVacancy(vacancyId, params),
    queryFn: ({ signal }) => getVacancySuggestions(vacancyId, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/candidates/{id}/suggestions — ranked open vacancies for a candidate. */
export function useCandidateSuggestions(candidateId: string, params: SuggestionParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.suggestions.forCandidate(candidateId, params),
    queryFn: ({ signal }) => getCandidateSuggestions(candidateId, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
