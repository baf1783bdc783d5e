import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from './api/client';
import type { Talent, Versioned } from './api/types';
import { queryKeys } from './query-keys';

/** How many suggestions a talent type-ahead shows. */
export const TALENT_SUGGESTIONS = 10;

/**
 * Active talents whose label or code matches `q` (GET /api/talents?q=), for type-ahead
 * pickers outside the talents feature. Shared here so features do not import each other.
 */
export function useTalentOptions(q: string) {
  const query = { q: q.trim(), size: TALENT_SUGGESTIONS, page: 0, sort: 'labelNl,asc' };
  return useQuery({
    queryKey: queryKeys.talents.options(query),
    queryFn: async ({ signal }) => expectData(await api.GET('/api/talents', { params: { query }, signal })),
    enabled: query.q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** GET /api/talents/{code} with its ETag. */
export async function getTalent(code: string, signal?: AbortSignal): Promise<Versioned<Talent>> {
  const result = await api.GET('/api/talents/{code}', { params: { path: { code } }, signal });
  return { data: expectData(result), etag: etagOf(result.response) };
}

/**
 * The talents behind a list of codes (e.g. the chips of a search restored from the URL),
 * as a map code → talent; codes still loading or unknown are missing from the map.
 */
export function useTalentsByCode(codes: readonly string[]): Map<string, Talent> {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: queryKeys.talents.detail(code),
      queryFn: ({ signal }: { signal: AbortSignal }) => getTalent(code, signal),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => {
      const map = new Map<string, Talent>();
      for (const r of results) if (r.data) map.set(r.data.data.code, r.data.data);
      return map;
    },
  });
}
