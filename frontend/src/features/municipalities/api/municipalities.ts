import { api, expectData } from '@/lib/api/client';
import type { Municipality } from '@/lib/api/types';

export async function getMunicipalities(signal?: AbortSignal): Promise<Municipality[]> {
  return expectData(await api.GET('/api/municipalities', { signal }));
}
