import { api, etagOf, expectData } from '@/lib/api/client';
import type {
  Talent,
  TalentCategory,
  TalentCreateRequest,
  TalentPage,
  TalentUpdateRequest,
  Versioned,
} from '@/lib/api/types';

export { getTalent } from '@/lib/talent-options';

export interface TalentListParams {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  category?: TalentCategory;
  includeRetired?: boolean;
}

export async function listTalents(params: TalentListParams, signal?: AbortSignal): Promise<TalentPage> {
  return expectData(await api.GET('/api/talents', { params: { query: params }, signal }));
}

export async function createTalent(body: TalentCreateRequest): Promise<Versioned<Talent>> {
  const result = await api.POST('/api/talents', { body });
  return { data: expectData(result), etag: etagOf(result.response) };
}

/** PUT /api/talents/{code} (rename etc.) with If-Match. */
export async function updateTalent(code: string, body: TalentUpdateRequest, etag: string | null): Promise<Versioned<Talent>> {
  const result = await api.PUT('/api/talents/{code}', {
    params: { path: { code }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: expectData(result), etag: etagOf(result.response) };
}

const ifMatch = (etag: string | null) => (etag ? { 'If-Match': etag } : undefined);

export async function retireTalent(code: string, etag: string | null): Promise<Versioned<Talent>> {
  const result = await api.POST('/api/talents/{code}/retire', { params: { path: { code }, header: ifMatch(etag) } });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function reinstateTalent(code: string, etag: string | null): Promise<Versioned<Talent>> {
  const result = await api.POST('/api/talents/{code}/reinstate', { params: { path: { code }, header: ifMatch(etag) } });
  return { data: expectData(result), etag: etagOf(result.response) };
}
