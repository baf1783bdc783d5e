import { api, expectData } from '@/lib/api/client';
import type { Stats } from '@/lib/api/types';

export interface StatsParams {
  /** First day of the period (ISO date). */
  from: string;
  /** Last day of the period (ISO date). */
  to: string;
}

/** GET /api/stats for one period. Figures without data (a ratio over nothing, a median of no placements) are absent. */
export async function getStats(params: StatsParams, signal?: AbortSignal): Promise<Stats> {
  return expectData(await api.GET('/api/stats', { params: { query: params }, signal }));
}
