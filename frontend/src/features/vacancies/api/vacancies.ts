import { api, etagOf, expectData } from '@/lib/api/client';
import type { Sector, Vacancy, VacancyPage, VacancyRequest, VacancyStatus, Versioned } from '@/lib/api/types';

export interface VacancyListParams {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  status?: VacancyStatus[];
  sector?: Sector;
  employerId?: string;
}

export async function listVacancies(params: VacancyListParams, signal?: AbortSignal): Promise<VacancyPage> {
  return expectData(await api.GET('/api/vacancies', { params: { query: params }, signal }));
}

export async function getVacancy(id: string, signal?: AbortSignal): Promise<Versioned<Vacancy>> {
  const result = await api.GET('/api/vacancies/{id}', { params: { path: { id } }, signal });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function createVacancy(body: VacancyRequest): Promise<Versioned<Vacancy>> {
  const result = await api.POST('/api/vacancies', { body });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function updateVacancy(id: string, body: VacancyRequest, etag: string | null): Promise<Versioned<Vacancy>> {
  const result = await api.PUT('/api/vacancies/{id}', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body,
  });
  return { data: expectData(result), etag: etagOf(result.response) };
}

export async function deleteVacancy(id: string, etag: string | null): Promise<void> {
  await api.DELETE('/api/vacancies/{id}', { params: { path: { id }, header: etag ? { 'If-Match': etag } : undefined } });
}

/** POST /api/vacancies/{id}/status; sends If-Match when the caller knows the version. */
export async function changeVacancyStatus(
  id: string,
  status: VacancyStatus,
  etag: string | null,
): Promise<Versioned<Vacancy>> {
  const result = await api.POST('/api/vacancies/{id}/status', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : undefined },
    body: { status },
  });
  return { data: expectData(result), etag: etagOf(result.response) };
}
