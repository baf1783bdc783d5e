import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmployerRequest, Employer, Versioned } from '@/lib/api/types';
import { queryKeys } from '@/lib/query-keys';
import {
  archiveEmployer,
  createEmployer,
  deleteEmployer,
  reactivateEmployer,
  updateEmployer,
} from '../api/employers';

function useStoreEmployer() {
  const queryClient = useQueryClient();
  return (result: Versioned<Employer>) => {
    queryClient.setQueryData(queryKeys.employers.detail(result.data.id), result);
    // Lists, pickers and vacancy lists (which show the employer's name) are now stale.
    void queryClient.invalidateQueries({ queryKey: queryKeys.employers.all, refetchType: 'active' });
    void queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.lists() });
  };
}

/** POST /api/employers */
export function useCreateEmployer() {
  const store = useStoreEmployer();
  return useMutation({
    mutationFn: (body: EmployerRequest) => createEmployer(body),
    onSuccess: store,
  });
}

/** PUT /api/employers/{id} with If-Match. */
export function useUpdateEmployer(id: string) {
  const store = useStoreEmployer();
  return useMutation({
    mutationFn: ({ body, etag }: { body: EmployerRequest; etag: string | null }) => updateEmployer(id, body, etag),
    onSuccess: store,
  });
}

/** POST /api/employers/{id}/archive */
export function useArchiveEmployer(id: string) {
  const store = useStoreEmployer();
  return useMutation({ mutationFn: (etag: string | null) => archiveEmployer(id, etag), onSuccess: store });
}

/** POST /api/employers/{id}/reactivate */
export function useReactivateEmployer(id: string) {
  const store = useStoreEmployer();
  return useMutation({ mutationFn: (etag: string | null) => reactivateEmployer(id, etag), onSuccess: store });
}

/** DELETE /api/employers/{id} (409 when it has vacancies). */
export function useDeleteEmployer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string | null) => deleteEmployer(id, etag),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.employers.detail(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.employers.all });
    },
  });
}
