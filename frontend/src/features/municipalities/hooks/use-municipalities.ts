import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { getMunicipalities } from '../api/municipalities';

/** All municipalities of the region (a few dozen, rarely changing). */
export function useMunicipalities() {
  return useQuery({
    queryKey: queryKeys.municipalities.all,
    queryFn: ({ signal }) => getMunicipalities(signal),
    staleTime: 10 * 60_000,
  });
}
