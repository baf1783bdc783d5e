import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { listMatches, type MatchListParams } from '../api/matching';

/** GET /api/matches — e.g. every match of one vacancy for its pipeline board. */
export function useMatches(params: MatchListParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.matches.list(params),
    queryFn: ({ signal }) => listMatches(params, signal),
    enabled,
  });
}
