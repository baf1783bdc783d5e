import { api, etagOf, expectData } from '@/lib/api/client';
import type { CallStatus, FollowUpCall, FollowUpCallLogRequest, FollowUpCallLogResponse, FollowUpCallPage, Versioned } from '@/lib/api/types';

export interface CallListParams {
  assignee?: string;
  status?: CallStatus[];
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
  placementId?: string;
  page?: number;
  size?: number;
  sort?: string;
}

export async function listCalls(params: CallListParams, signal?: AbortSignal): Promise<FollowUpCallPage> {
  return expectData(await api.GET('/api/follow-up-calls', { params: { query: params }, signal }));
}

export async function getCall(id: string, signal?: AbortSignal): Promise<Versioned<FollowUpCall>> {
  const result = await api.GET('/api/follow-up-calls/{id}', { params: { path: { id } }, signal });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function logCall(id: string, body: FollowUpCallLogRequest, etag: string): Promise<FollowUpCallLogResponse> {
  return expectData(
    await api.POST('/api/follow-up-calls/{id}/log', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}
