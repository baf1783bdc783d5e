import type { CandidateListParams } from '../api/candidates';
import type { CandidateStatus, TargetGroup } from '@/lib/api/types';
import { candidateStatusLabels, nl, targetGroupLabels } from '@/lib/i18n/nl';

/**
 * The candidate search as it lives in the URL (Dutch parameter names, like the other lists):
 * `?talenten=heftruckcertificaat,klantvriendelijk&match=alle&niveau=3&doelgroep=BBL&gemeente=rotterdam
 *  &urenVan=16&urenTot=32&beschikbaarVoor=2026-09-01&status=PAUSED&q=koken&sortering=lastName,asc&pagina=2`.
 * Values equal to the default are left out of the URL.
 */
export const CANDIDATE_SEARCH_DEFAULTS = {
  talenten: '',
  match: 'minstens-een',
  niveau: '',
  doelgroep: '',
  gemeente: '',
  urenVan: '',
  urenTot: '',
  beschikbaarVoor: '',
  status: 'ACTIVE',
  q: '',
  sortering: 'updatedAt,desc',
};

export type CandidateSearchKey = keyof typeof CANDIDATE_SEARCH_DEFAULTS;
export type CandidateSearchValues = Record<CandidateSearchKey, string>;

/** `match` in the URL: all talents or at least one. */
export const MATCH_ALL = 'alle';
export const MATCH_ANY = 'minstens-een';

const TALENT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The talent codes in `talenten` (comma-separated), without duplicates or malformed codes. */
export function talentCodesFromUrl(value: string): string[] {
  const codes = value
    .split(',')
    .map((c) => c.trim())
    .filter((c) => TALENT_CODE.test(c));
  return [...new Set(codes)];
}

export function talentCodesToUrl(codes: readonly string[]): string {
  return [...new Set(codes)].join(',');
}

function intInRange(value: string, min: number, max: number): number | undefined {
  if (!/^\d{1,3}$/.test(value.trim())) return undefined;
  const n = Number.parseInt(value, 10);
  return n >= min && n <= max ? n : undefined;
}

function isoDate(value: string): string | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? value : undefined;
}

function oneOf<T extends string>(value: string, labels: Record<T, string>): T | undefined {
  return Object.prototype.hasOwnProperty.call(labels, value) ? (value as T) : undefined;
}

/**
 * The API query (GET /api/candidates) for the URL state. Anything malformed in a hand-edited
 * URL is left out rather than sent (the list then shows what the rest of the URL asks for).
 */
export function candidateQueryFromUrl(values: CandidateSearchValues, page: number, size: number): CandidateListParams {
  const talents = talentCodesFromUrl(values.talenten);
  const sort = Object.prototype.hasOwnProperty.call(nl.candidates.sort, values.sortering)
    ? values.sortering
    : CANDIDATE_SEARCH_DEFAULTS.sortering;
  return {
    page,
    size,
    sort,
    talents: talents.length > 0 ? talents : undefined,
    talentMatch: talents.length > 0 ? (values.match === MATCH_ALL ? 'ALL' : 'ANY') : undefined,
    minLevel: talents.length > 0 ? intInRange(values.niveau, 1, 5) : undefined,
    targetGroup: oneOf<TargetGroup>(values.doelgroep, targetGroupLabels),
    municipality: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.gemeente) ? values.gemeente : undefined,
    hoursMin: intInRange(values.urenVan, 1, 60),
    hoursMax: intInRange(values.urenTot, 1, 60),
    availableBy: isoDate(values.beschikbaarVoor),
    status: oneOf<CandidateStatus>(values.status, candidateStatusLabels) ?? 'ACTIVE',
    q: values.q.trim() || undefined,
  };
}

/** Whether anything but the defaults is chosen (for "Filters wissen"). */
export function hasCandidateFilters(values: CandidateSearchValues): boolean {
  return (Object.keys(CANDIDATE_SEARCH_DEFAULTS) as CandidateSearchKey[]).some(
    (key) => key !== 'sortering' && values[key] !== CANDIDATE_SEARCH_DEFAULTS[key],
  );
}
