import type { VacancyStatus } from '@/lib/api/types';

/**
 * The legal status transitions of a vacancy (docs/api.md). The server refuses
 * anything else with 409; the UI only offers these.
 */
export const VACANCY_TRANSITIONS: Readonly<Record<VacancyStatus, readonly VacancyStatus[]>> = {
  DRAFT: ['OPEN', 'CLOSED'],
  OPEN: ['ON_HOLD', 'FILLED', 'CLOSED'],
  ON_HOLD: ['OPEN', 'CLOSED'],
  FILLED: [],
  CLOSED: [],
};

export function allowedTransitions(status: VacancyStatus): readonly VacancyStatus[] {
  return VACANCY_TRANSITIONS[status] ?? [];
}

/** Only a draft may be deleted; other vacancies are closed instead. */
export function canDeleteVacancy(status: VacancyStatus): boolean {
  return status === 'DRAFT';
}
