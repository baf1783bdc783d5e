import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { getPlacement, listPlacementCalls, listPlacements, type PlacementListParams } from '../api/placements';

/** GET /api/placements — the list (at risk first by default). */
export function usePlacements(params: PlacementListParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.placements.list(params),
    queryFn: ({ signal }) => listPlacements(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/placements/{id} with its ETag. */
export function usePlacement(id: string) {
  return useQuery({
    queryKey: queryKeys.placements.detail(id),
    queryFn: ({ signal }) => getPlacement(id, signal),
  });
}

/** GET /api/placements/{id}/follow-up-calls — the timeline, by due date. */
export function usePlacementCalls(id: string) {
  return useQuery({
    queryKey: queryKeys.placements.calls(id),
    queryFn: ({ signal }) => listPlacementCalls(id, signal),
  });
}
