import { api, expectData } from '@/lib/api/client';

// The StatsResponse of docs/api.md "Dashboard (GET /api/stats)". Written by hand until
// the endpoint is in openapi.yaml; then these become aliases of the generated schema.
export interface StatsMonth {
  month: string;
  count: number;
}
export interface StatsMunicipality {
  code: string;
  name: string;
  count: number;
}
// Figures without data (a ratio over nothing, a median of no placements) are left out
// of the JSON, hence optional.
export interface StatsRetention {
  months: number;
  eligible: number;
  retained: number;
  ratio?: number;
}
export interface StatsResponse {
  period: { from: string; to: string };
  placementsPerMonth: StatsMonth[];
  placementsPerMunicipality: StatsMunicipality[];
  vacancies: { open: number; filled: number };
  medianDaysToPlacement?: number;
  aftercareOnTime: { due: number; onTime: number; ratio?: number };
  retention: StatsRetention[];
  atRisk: number;
  unreachable: number;
  target: {
    target: number;
    periodStart: string;
    periodEnd: string;
    placed: number;
    ratio: number;
    expectedByNow: number;
  };
}

export interface StatsParams {
  /** First day of the period (ISO date). */
  from: string;
  /** Last day of the period (ISO date). */
  to: string;
}

type UntypedGet = (
  path: string,
  init: { params: { query: object }; signal?: AbortSignal },
) => Promise<{ data?: unknown; response: Response }>;

export async function getStats(params: StatsParams, signal?: AbortSignal): Promise<StatsResponse> {
  // The shared client (token, Accept-Language, problems), on a path the generated types do not know yet.
  const get = api.GET as unknown as UntypedGet;
  return expectData(await get('/api/stats', { params: { query: params }, signal })) as StatsResponse;
}
