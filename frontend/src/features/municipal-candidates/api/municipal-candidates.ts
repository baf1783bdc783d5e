import { api, expectData } from '@/lib/api/client';
import type { MunicipalCandidate, MunicipalCandidatePage } from '@/lib/api/types';

export interface MunicipalCandidateListParams {
  page?: number;
  size?: number;
  /** An instant: only profiles changed at or after it. */
  updatedSince?: string;
}

/** GET /api/municipalities/{code}/candidates — the municipality's own profiles, oldest change first. */
export async function listMunicipalCandidates(
  code: string,
  params: MunicipalCandidateListParams,
  signal?: AbortSignal,
): Promise<MunicipalCandidatePage> {
  return expectData(
    await api.GET('/api/municipalities/{code}/candidates', { params: { path: { code }, query: params }, signal }),
  );
}

/** GET /api/municipalities/{code}/candidates/{clientNumber} — the full municipal view. */
export async function getMunicipalCandidate(
  code: string,
  clientNumber: string,
  signal?: AbortSignal,
): Promise<MunicipalCandidate> {
  return expectData(
    await api.GET('/api/municipalities/{code}/candidates/{clientNumber}', {
      params: { path: { code, clientNumber } },
      signal,
    }),
  );
}
