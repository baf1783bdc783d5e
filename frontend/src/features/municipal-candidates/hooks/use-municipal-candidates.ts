import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import {
  getMunicipalCandidate,
  listMunicipalCandidates,
  type MunicipalCandidateListParams,
} from '../api/municipal-candidates';

/** One page of the municipality's own candidates. */
export function useMunicipalCandidates(code: string, params: MunicipalCandidateListParams) {
  return useQuery({
    queryKey: queryKeys.municipalCandidates.list(code, params),
    queryFn: ({ signal }) => listMunicipalCandidates(code, params, signal),
    placeholderData: keepPreviousData,
  });
}

/** One of the municipality's candidates by client number. */
export function useMunicipalCandidate(code: string, clientNumber: string) {
  return useQuery({
    queryKey: queryKeys.municipalCandidates.detail(code, clientNumber),
    queryFn: ({ signal }) => getMunicipalCandidate(code, clientNumber, signal),
  });
}
