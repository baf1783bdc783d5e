import { api, etagOf, expectData } from '@/lib/api/client';
import type { Employer, EmployerPage, EmployerRequest, EmployerStatus, Sector, Versioned } from '@/lib/api/types';

export interface EmployerListParams {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  sector?: Sector;
  municipality?: string;
  status?: EmployerStatus;
}

export async function listEmployers(params: EmployerListParams, signal?: AbortSignal): Promise<EmployerPage> {
  return expectData(await api.GET('/api/employers', { params: { query: params }, signal }));
}

export async function getEmployer(id: string, signal?: AbortSignal): Promise<Versioned<Employer>> {
  const result = await api.GET('/api/employers/{id}', { params: { path: { id } }, signal });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function createEmployer(body: EmployerRequest): Promise<Versioned<Employer>> {
  const result = await api.POST('/api/employers', { body });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function updateEmployer(id: string, body: EmployerRequest, etag: string | null): Promise<Versioned<Employer>> {
  const result = await api.PUT('/api/employers/{id}', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: expectData(result), etag: etagOf(result.response) };
}

/** If-Match is optional for these actions; sent when the version is known so a stale page gets 412. */
const ifMatch = (etag: string | null) => (etag ? { 'If-Match': etag } : undefined);

export async function deleteEmployer(id: string, etag: string | null): Promise<void> {
  await api.DELETE('/api/employers/{id}', { params: { path: { id }, header: ifMatch(etag) } });
}

export async function archiveEmployer(id: string, etag: string | null): Promise<Versioned<Employer>> {
  const result = await api.POST('/api/employers/{id}/archive', { params: { path: { id }, header: ifMatch(etag) } });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function reactivateEmployer(id: string, etag: string | null): Promise<Versioned<Employer>> {
  const result = await api.POST('/api/employers/{id}/reactivate', { params: { path: { id }, header: ifMatch(etag) } });
  return { data: expectData(result), etag: etagOf(result.response) };
}
