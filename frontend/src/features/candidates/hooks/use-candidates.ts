import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { getCandidate, listCandidates, type CandidateListParams } from '../api/candidates';

/** GET /api/candidates — one page of the search. */
export function useCandidates(params: CandidateListParams) {
  return useQuery({
    queryKey: queryKeys.candidates.list(params),
    queryFn: ({ signal }) => listCandidates(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/candidates/{id} */
export function useCandidate(id: string) {
  return useQuery({
    queryKey: queryKeys.candidates.detail(id),
    queryFn: ({ signal }) => getCandidate(id, signal),
  });
}
