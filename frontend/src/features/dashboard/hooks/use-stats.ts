import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { getStats, type StatsParams } from '../api/stats';

/** GET /api/stats for one period; the previous period stays on screen while the next one loads. */
export function useStats(params: StatsParams | null) {
  return useQuery({
    queryKey: queryKeys.stats.period(params ?? {}),
    queryFn: ({ signal }) => getStats(params!, signal),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}
