import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Talent, TalentCreateRequest, TalentUpdateRequest, Versioned } from '@/lib/api/types';
import { queryKeys } from '@/lib/query-keys';
import {
  createTalent,
  getTalent,
  listTalents,
  reinstateTalent,
  retireTalent,
  updateTalent,
  type TalentListParams,
} from '../api/talents';

/** GET /api/talents — one page of the taxonomy. */
export function useTalents(params: TalentListParams) {
  return useQuery({
    queryKey: queryKeys.talents.list(params),
    queryFn: ({ signal }) => listTalents(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/talents/{code} — with its ETag for a later If-Match. */
export function useTalent(code: string) {
  return useQuery({
    queryKey: queryKeys.talents.detail(code),
    queryFn: ({ signal }) => getTalent(code, signal),
  });
}

function useStoreTalent() {
  const queryClient = useQueryClient();
  return (result: Versioned<Talent>) => {
    queryClient.setQueryData(queryKeys.talents.detail(result.data.code), result);
    // Lists and type-ahead suggestions show labels and the retired flag.
    void queryClient.invalidateQueries({ queryKey: queryKeys.talents.all, refetchType: 'active' });
    // Profiles carry the talent's label.
    void queryClient.invalidateQueries({ queryKey: queryKeys.candidates.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.municipalCandidates.all });
  };
}

/** POST /api/talents */
export function useCreateTalent() {
  const store = useStoreTalent();
  return useMutation({ mutationFn: (body: TalentCreateRequest) => createTalent(body), onSuccess: store });
}

/** PUT /api/talents/{code} with If-Match. */
export function useUpdateTalent(code: string) {
  const store = useStoreTalent();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TalentUpdateRequest; etag: string | null }) => updateTalent(code, body, etag),
    onSuccess: store,
  });
}

/** POST /api/talents/{code}/retire or /reinstate. */
export function useSetTalentRetired(code: string) {
  const store = useStoreTalent();
  return useMutation({
    mutationFn: ({ retired, etag }: { retired: boolean; etag: string | null }) =>
      retired ? retireTalent(code, etag) : reinstateTalent(code, etag),
    onSuccess: store,
  });
}
