import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Vacancy, VacancyRequest, VacancyStatus, Versioned } from '@/lib/api/types';
import { queryKeys } from '@/lib/query-keys';
import { changeVacancyStatus, createVacancy, deleteVacancy, updateVacancy } from '../api/vacancies';

function useStoreVacancy() {
  const queryClient = useQueryClient();
  return (result: Versioned<Vacancy>) => {
    queryClient.setQueryData(queryKeys.vacancies.detail(result.data.id), result);
    void queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.lists() });
  };
}

export interface CreateVacancyResult {
  vacancy: Versioned<Vacancy>;
  /** Set when "direct openzetten" was asked and the status change failed (the vacancy stays DRAFT). */
  publishError?: unknown;
}

/** POST /api/vacancies, then (optionally) POST /api/vacancies/{id}/status {status: OPEN}. */
export function useCreateVacancy() {
  const store = useStoreVacancy();
  return useMutation({
    mutationFn: async ({ body, publish }: { body: VacancyRequest; publish: boolean }): Promise<CreateVacancyResult> => {
      const created = await createVacancy(body);
      if (!publish) return { vacancy: created };
      try {
        return { vacancy: await changeVacancyStatus(created.data.id, 'OPEN', created.etag) };
      } catch (publishError) {
        return { vacancy: created, publishError };
      }
    },
    onSuccess: ({ vacancy }) => store(vacancy),
  });
}

/** PUT /api/vacancies/{id} with If-Match. */
export function useUpdateVacancy(id: string) {
  const store = useStoreVacancy();
  return useMutation({
    mutationFn: ({ body, etag }: { body: VacancyRequest; etag: string | null }) => updateVacancy(id, body, etag),
    onSuccess: store,
  });
}

/** POST /api/vacancies/{id}/status with If-Match. */
export function useChangeVacancyStatus(id: string) {
  const store = useStoreVacancy();
  return useMutation({
    mutationFn: ({ status, etag }: { status: VacancyStatus; etag: string | null }) => changeVacancyStatus(id, status, etag),
    onSuccess: store,
  });
}

/** DELETE /api/vacancies/{id} (only drafts; 409 otherwise). */
export function useDeleteVacancy(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string | null) => deleteVacancy(id, etag),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.vacancies.detail(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.lists() });
    },
  });
}
