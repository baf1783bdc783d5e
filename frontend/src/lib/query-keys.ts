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
  // --- Placements and aftercare (issue 5) ---
  placements: {
    all: ['placements'] as const,
    lists: () => [...queryKeys.placements.all, 'list'] as const,
    list: (params: object) => [...queryKeys.placements.lists(), params] as const,
    detail: (id: string) => [...queryKeys.placements.all, 'detail', id] as const,
    calls: (id: string) => [...queryKeys.placements.all, 'calls', id] as const,
  },
  followUpCalls: {
    all: ['follow-up-calls'] as const,
    list: (params: object) => [...queryKeys.followUpCalls.all, 'list', params] as const,
    detail: (id: string) => [...queryKeys.followUpCalls.all, 'detail', id] as const,
  },
  jobcoaches: {
    all: ['jobcoaches'] as const,
  },
  // --- end placements and aftercare ---
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
