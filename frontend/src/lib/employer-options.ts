import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from './api/client';
import type { EmployerStatus } from './api/types';
import { queryKeys } from './query-keys';

/** The largest page the API serves; enough for a picker, which narrows further with `q`. */
export const EMPLOYER_OPTIONS_PAGE_SIZE = 100;

export interface EmployerOptionsParams {
  q?: string;
  status?: EmployerStatus;
}

/**
 * Employers for pickers and filters outside the employers feature (e.g. the vacancy
 * form), sorted by name. Shared here so features do not import each other.
 */
export function useEmployerOptions({ q, status }: EmployerOptionsParams) {
  const query = { q: q?.trim() || undefined, status, size: EMPLOYER_OPTIONS_PAGE_SIZE, page: 0, sort: 'name,asc' };
  return useQuery({
    queryKey: queryKeys.employers.options(query),
    queryFn: async ({ signal }) => expectData(await api.GET('/api/employers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * The name of one employer, for a picker whose chosen employer is not among the
 * fetched options (e.g. a new vacancy opened from an employer's page).
 */
export function useEmployerName(id: string | undefined) {
  return useQuery({
    queryKey: [...queryKeys.employers.all, 'name', id],
    queryFn: async ({ signal }) => {
      const employer = expectData(await api.GET('/api/employers/{id}', { params: { path: { id: id ?? '' } }, signal }));
      return `${employer.name} (${employer.kvkNumber})`;
    },
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}
