import { api, expectData } from '@/lib/api/client';
import type { Candidate, CandidatePage, CandidateStatus, TalentMatch, TargetGroup } from '@/lib/api/types';

export interface CandidateListParams {
  page?: number;
  size?: number;
  sort?: string;
  talents?: string[];
  talentMatch?: TalentMatch;
  minLevel?: number;
  targetGroup?: TargetGroup;
  municipality?: string;
  hoursMin?: number;
  hoursMax?: number;
  availableBy?: string;
  status?: CandidateStatus;
  q?: string;
}

/** GET /api/candidates — consultants: consenting profiles; jobcoaches: their own (the backend limits). */
export async function listCandidates(params: CandidateListParams, signal?: AbortSignal): Promise<CandidatePage> {
  // The contract takes the talent codes comma-separated in one parameter.
  const { talents, ...rest } = params;
  const query = { ...rest, talents: talents?.join(',') };
  return expectData(await api.GET('/api/candidates', { params: { query }, signal }));
}

/** GET /api/candidates/{id} — 404 when the caller may not see it. */
export async function getCandidate(id: string, signal?: AbortSignal): Promise<Candidate> {
  return expectData(await api.GET('/api/candidates/{id}', { params: { path: { id } }, signal }));
}
