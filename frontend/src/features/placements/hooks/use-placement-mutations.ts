import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdHocCallRequest, Placement, PlacementContract, PlacementEndRequest, Versioned } from '@/lib/api/types';
import { queryKeys } from '@/lib/query-keys';
import { addPlacementCall, endPlacement, updatePlacement } from '../api/placements';

/**
 * A placement change moves its calls (rescheduled, cancelled, reassigned), the lists it
 * appears in and the candidate (status and jobcoach follow the placement).
 */
function useRefreshAfterPlacementChange(id: string) {
  const queryClient = useQueryClient();
  return (result?: Versioned<Placement>) => {
    if (result) queryClient.setQueryData(queryKeys.placements.detail(id), result);
    else void queryClient.invalidateQueries({ queryKey: queryKeys.placements.detail(id) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.placements.lists() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.placements.calls(id) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.followUpCalls.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.candidates.all });
  };
}

/** PUT /api/placements/{id} with If-Match. */
export function useUpdatePlacement(id: string) {
  const refresh = useRefreshAfterPlacementChange(id);
  return useMutation({
    mutationFn: ({ body, etag }: { body: PlacementContract; etag: string }) => updatePlacement(id, body, etag),
    onSuccess: refresh,
  });
}

/** POST /api/placements/{id}/end with If-Match. */
export function useEndPlacement(id: string) {
  const refresh = useRefreshAfterPlacementChange(id);
  return useMutation({
    mutationFn: ({ body, etag }: { body: PlacementEndRequest; etag: string }) => endPlacement(id, body, etag),
    onSuccess: refresh,
  });
}

/** POST /api/placements/{id}/follow-up-calls — an extra (ad-hoc) call. */
export function useAddPlacementCall(id: string) {
  const refresh = useRefreshAfterPlacementChange(id);
  return useMutation({
    mutationFn: (body: AdHocCallRequest) => addPlacementCall(id, body),
    onSuccess: () => refresh(),
  });
}
