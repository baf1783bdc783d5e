import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { getVacancy, listVacancies, type VacancyListParams } from '../api/vacancies';

/** GET /api/vacancies — one page of the filtered list. */
export function useVacancies(params: VacancyListParams) {
  return useQuery({
    queryKey: queryKeys.vacancies.list(params),
    queryFn: ({ signal }) => listVacancies(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/vacancies/{id} — with its ETag for a later If-Match. */
export function useVacancy(id: string) {
  return useQuery({
    queryKey: queryKeys.vacancies.detail(id),
    queryFn: ({ signal }) => getVacancy(id, signal),
  });
}
