import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { getEmployer, listEmployers, type EmployerListParams } from '../api/employers';

/** GET /api/employers — one page of the filtered list. */
export function useEmployers(params: EmployerListParams) {
  return useQuery({
    queryKey: queryKeys.employers.list(params),
    queryFn: ({ signal }) => listEmployers(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/employers/{id} — with its ETag for a later If-Match. */
export function useEmployer(id: string) {
  return useQuery({
    queryKey: queryKeys.employers.detail(id),
    queryFn: ({ signal }) => getEmployer(id, signal),
  });
}
