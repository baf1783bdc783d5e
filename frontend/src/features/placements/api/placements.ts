import { api, etagOf, expectData } from '@/lib/api/client';
import type {
  AdHocCallRequest,
  FollowUpCall,
  Placement,
  PlacementContract,
  PlacementEndRequest,
  PlacementPage,
  PlacementStatus,
  Versioned,
} from '@/lib/api/types';

export interface PlacementListParams {
  status?: PlacementStatus[];
  candidateId?: string;
  vacancyId?: string;
  jobcoach?: string;
  atRisk?: boolean;
  page?: number;
  size?: number;
  sort?: string;
}

export async function listPlacements(params: PlacementListParams, signal?: AbortSignal): Promise<PlacementPage> {
  return expectData(await api.GET('/api/placements', { params: { query: params }, signal }));
}

export async function getPlacement(id: string, signal?: AbortSignal): Promise<Versioned<Placement>> {
  const result = await api.GET('/api/placements/{id}', { params: { path: { id } }, signal });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function updatePlacement(id: string, body: PlacementContract, etag: string): Promise<Versioned<Placement>> {
  const result = await api.PUT('/api/placements/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function endPlacement(id: string, body: PlacementEndRequest, etag: string): Promise<Versioned<Placement>> {
  const result = await api.POST('/api/placements/{id}/end', { params: { path: { id }, header: { 'If-Match': etag } }, body });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function listPlacementCalls(id: string, signal?: AbortSignal): Promise<FollowUpCall[]> {
  return expectData(await api.GET('/api/placements/{id}/follow-up-calls', { params: { path: { id } }, signal }));
}

export async function addPlacementCall(id: string, body: AdHocCallRequest): Promise<FollowUpCall> {
  return expectData(await api.POST('/api/placements/{id}/follow-up-calls', { params: { path: { id } }, body }));
}
