import { useQuery } from '@tanstack/react-query';
import { api, expectData } from './api/client';
import { queryKeys } from './query-keys';

/**
 * The jobcoaches (Keycloak users with role jobcoach) for the placement contract's picker,
 * sorted by display name by the API. Shared here because both placing a match and
 * changing a placement's contract need it, and features do not import each other.
 */
export function useJobcoaches(enabled = true) {
  return useQuery({
    queryKey: queryKeys.jobcoaches.all,
    queryFn: async ({ signal }) => expectData(await api.GET('/api/jobcoaches', { signal })),
    // The backend caches the directory for minutes too; the list hardly changes.
    staleTime: 5 * 60_000,
    enabled,
  });
}
