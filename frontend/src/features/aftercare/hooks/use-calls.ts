import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FollowUpCallLogRequest } from '@/lib/api/types';
import { queryKeys } from '@/lib/query-keys';
import { getCall, listCalls, logCall, type CallListParams } from '../api/calls';

/** GET /api/follow-up-calls — e.g. the jobcoach's planned calls up to today. */
export function useCalls(params: CallListParams) {
  return useQuery({
    queryKey: queryKeys.followUpCalls.list(params),
    queryFn: ({ signal }) => listCalls(params, signal),
  });
}

/** GET /api/follow-up-calls/{id} with its ETag. */
export function useCall(id: string) {
  return useQuery({
    queryKey: queryKeys.followUpCalls.detail(id),
    queryFn: ({ signal }) => getCall(id, signal),
  });
}

/**
 * POST /api/follow-up-calls/{id}/log with If-Match. A logged call changes the lists, the
 * placement (last outcome, at risk, unreachable, next call) and its timeline.
 */
export function useLogCall(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: FollowUpCallLogRequest; etag: string }) => logCall(id, body, etag),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.followUpCalls.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.placements.detail(result.call.placementId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.placements.calls(result.call.placementId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.placements.lists() });
    },
  });
}
