import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Match, MatchCreateRequest, MatchTransitionRequest, Versioned } from '@/lib/api/types';
import { queryKeys } from '@/lib/query-keys';
import { createMatch, etagOfVersion, transitionMatch } from '../api/matching';

/**
 * After any pipeline change the board, the "already in pipeline" marks of the suggestions
 * and the vacancy itself (placing the last position fills it) may all be stale.
 */
function useRefreshAfterMatchChange() {
  const queryClient = useQueryClient();
  return (result: Versioned<Match>) => {
    queryClient.setQueryData(queryKeys.matches.detail(result.data.id), result);
    void queryClient.invalidateQueries({ queryKey: queryKeys.matches.lists() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.suggestions.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.detail(result.data.vacancyId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.lists() });
  };
}

/** POST /api/matches — puts a suggested candidate in the pipeline (status SUGGESTED). */
export function useCreateMatch() {
  const refresh = useRefreshAfterMatchChange();
  return useMutation({
    mutationFn: (body: MatchCreateRequest) => createMatch(body),
    onSuccess: refresh,
  });
}

/** POST /api/matches/{id}/transitions with If-Match of the version the board showed. */
export function useTransitionMatch() {
  const refresh = useRefreshAfterMatchChange();
  return useMutation({
    mutationFn: ({ match, body }: { match: Pick<Match, 'id' | 'version'>; body: MatchTransitionRequest }) =>
      transitionMatch(match.id, body, etagOfVersion(match.version)),
    onSuccess: refresh,
  });
}
