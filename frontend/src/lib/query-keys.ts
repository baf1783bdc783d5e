// Query keys shared by all features, so that a change in one place (e.g. a new
// employer) invalidates every query that shows it (e.g. the employer picker of
// the vacancy form).
export const queryKeys = {
  employers: {
    all: ['employers'] as const,
    lists: () => [...queryKeys.employers.all, 'list'] as const,
    list: (params: object) => [...queryKeys.employers.lists(), params] as const,
    options: (params: object) => [...queryKeys.employers.all, 'options', params] as const,
    detail: (id: string) => [...queryKeys.employers.all, 'detail', id] as const,
  },
  vacancies: {
    all: ['vacancies'] as const,
    lists: () => [...queryKeys.vacancies.all, 'list'] as const,
    list: (params: object) => [...queryKeys.vacancies.lists(), params] as const,
    detail: (id: string) => [...queryKeys.vacancies.all, 'detail', id] as const,
  },
  municipalities: {
    all: ['municipalities'] as const,
  },
  talents: {
    all: ['talents'] as const,
    lists: () => [...queryKeys.talents.all, 'list'] as const,
    list: (params: object) => [...queryKeys.talents.lists(), params] as const,
    options: (params: object) => [...queryKeys.talents.all, 'options', params] as const,
    detail: (code: string) => [...queryKeys.talents.all, 'detail', code] as const,
  },
  candidates: {
    all: ['candidates'] as const,
    list: (params: object) => [...queryKeys.candidates.all, 'list', params] as const,
    detail: (id: string) => [...queryKeys.candidates.all, 'detail', id] as const,
  },
  municipalCandidates: {
    all: ['municipal-candidates'] as const,
    list: (code: string, params: object) => [...queryKeys.municipalCandidates.all, code, 'list', params] as const,
    detail: (code: string, clientNumber: string) =>
      [...queryKeys.municipalCandidates.all, code, 'detail', clientNumber] as const,
  },
  matches: {
    all: ['matches'] as const,
    lists: () => [...queryKeys.matches.all, 'list'] as const,
    list: (params: object) => [...queryKeys.matches.lists(), params] as const,
    detail: (id: string) => [...queryKeys.matches.all, 'detail', id] as const,
  },
  /** Suggestions change whenever a match is added or moved (the "already in pipeline" marks). */
  suggestions: {
    all: ['suggestions'] as const,
    forVacancy: (id: string, params: object) => [...queryKeys.suggestions.all, 'vacancy', id, params] as const,
    forCandidate: (id: string, params: object) => [...queryKeys.suggestions.all, 'candidate', id, params] as const,
  },
  // --- issue 5: dashboard and calendar feed ---
  stats: {
    all: ['stats'] as const,
    period: (params: object) => [...queryKeys.stats.all, params] as const,
  },
  calendarFeed: {
    all: ['calendar-feed'] as const,
  },
};
