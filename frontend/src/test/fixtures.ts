import type {
  Candidate,
  CandidateSuggestion,
  CandidateTalent,
  Employer,
  Match,
  MatchBreakdown,
  MunicipalCandidate,
  Talent,
  Vacancy,
  VacancySuggestion,
} from '@/lib/api/types';

export function employer(overrides: Partial<Employer> = {}): Employer {
  return {
    id: '0b6c7d0e-2a57-4c8e-9a0f-5d8f1e6b7c01',
    name: 'Bakkerij De Korenschoof',
    kvkNumber: '24123456',
    sector: 'HOSPITALITY',
    sizeClass: 'MICRO',
    contactPerson: 'Marieke de Vries',
    phone: '010-1234567',
    email: 'info@korenschoof.nl',
    postcode: '3011 AB',
    municipalityCode: 'rotterdam',
    municipalityName: 'Rotterdam',
    status: 'ACTIVE',
    version: 3,
    createdAt: '2026-03-01T09:15:00Z',
    createdBy: 'consultant',
    updatedAt: '2026-03-02T10:00:00Z',
    updatedBy: 'consultant',
    ...overrides,
  };
}

export function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    id: '7f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b',
    employerId: '0b6c7d0e-2a57-4c8e-9a0f-5d8f1e6b7c01',
    employerName: 'Bakkerij De Korenschoof',
    title: 'Medewerker bakkerij (ochtendploeg)',
    description: 'Brood bakken en de winkel klaarzetten.',
    sector: 'HOSPITALITY',
    postcode: '3011 AB',
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 32,
    contractType: 'TEMPORARY',
    startDate: '2026-04-01',
    positions: 2,
    drivingLicenceRequired: false,
    talents: [],
    status: 'DRAFT',
    ownerId: 'c0ffee00-0000-4000-8000-000000000001',
    ownerName: 'Carla de Vries',
    version: 1,
    createdAt: '2026-03-01T09:15:00Z',
    createdBy: 'consultant',
    updatedAt: '2026-03-01T09:15:00Z',
    updatedBy: 'consultant',
    ...overrides,
  };
}

export function talent(overrides: Partial<Talent> = {}): Talent {
  return {
    code: 'heftruckcertificaat',
    labelNl: 'Heftruckcertificaat',
    labelEn: 'Forklift certificate',
    category: 'CERTIFICATE',
    retired: false,
    version: 1,
    ...overrides,
  };
}

export function candidateTalent(overrides: Partial<CandidateTalent> = {}): CandidateTalent {
  return {
    code: 'heftruckcertificaat',
    labelNl: 'Heftruckcertificaat',
    category: 'CERTIFICATE',
    level: 4,
    retired: false,
    ...overrides,
  };
}

const profileTalents: CandidateTalent[] = [
  candidateTalent(),
  candidateTalent({ code: 'klantvriendelijk', labelNl: 'Klantvriendelijk', category: 'WORK_ATTITUDE', level: 5 }),
  candidateTalent({ code: 'orderpicken', labelNl: 'Orderpicken', category: 'VOCATIONAL_SKILL', level: 3 }),
  candidateTalent({ code: 'nederlands-spreken', labelNl: 'Nederlands spreken', category: 'LANGUAGE', level: 2 }),
];

export function candidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: '5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    municipalityCode: 'rotterdam',
    municipalityName: 'Rotterdam',
    firstName: 'Sanne',
    lastName: 'Verbeek',
    email: 'sanne.verbeek@example.nl',
    phone: '06 12345678',
    postcodeArea: '3072',
    targetGroups: ['PRAKTIJKROUTE', 'BBL'],
    talents: profileTalents,
    interests: 'Werken met mijn handen.',
    motivation: 'Ik wil graag weer aan het werk.',
    preferredSectors: ['LOGISTICS', 'RETAIL'],
    preferredOccupations: ['Magazijnmedewerker'],
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 32,
    availableFrom: '2026-03-01',
    maxTravelDistanceKm: 15,
    drivingLicence: false,
    dutchLevel: 'B1',
    status: 'ACTIVE',
    jobcoach: 'jobcoach',
    updatedAt: '2026-03-02T10:00:00Z',
    ...overrides,
  };
}

export function municipalCandidate(overrides: Partial<MunicipalCandidate> = {}): MunicipalCandidate {
  const { id, municipalityCode, firstName, lastName, email, phone, targetGroups, talents, interests, motivation } = candidate();
  return {
    id,
    municipalityCode,
    clientNumber: 'RTM-000123',
    firstName,
    lastName,
    email,
    phone,
    gender: 'FEMALE',
    birthDate: '1990-05-03',
    postcode: '3072 AP',
    latitude: 51.9,
    longitude: 4.5,
    targetGroups,
    talents,
    interests,
    motivation,
    preferredSectors: ['LOGISTICS'],
    preferredOccupations: ['Magazijnmedewerker'],
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 32,
    availableFrom: '2026-03-01',
    maxTravelDistanceKm: 15,
    drivingLicence: true,
    dutchLevel: 'B1',
    consent: true,
    status: 'ACTIVE',
    version: 2,
    createdAt: '2026-03-01T09:15:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    ...overrides,
  };
}

/** A page of items as the API returns lists. */
export function pageOf<T>(items: T[], { page = 0, size = 20, totalItems = items.length } = {}) {
  return { items, page, size, totalItems, totalPages: Math.max(1, Math.ceil(totalItems / size)) };
}

/** The example breakdown of docs/api.md: one must-have missing, the rest fine. */
export function breakdown(overrides: Partial<MatchBreakdown> = {}): MatchBreakdown {
  return {
    talents: {
      applicable: true,
      points: 41.7,
      maxPoints: 50,
      mustHaves: [{ code: 'heftruckcertificaat', labelNl: 'Heftruckcertificaat', minLevel: 3, met: false }],
      niceToHaves: [{ code: 'nauwkeurig', labelNl: 'Nauwkeurig', minLevel: 1, level: 4, met: true }],
    },
    hours: { applicable: true, points: 15, maxPoints: 15, overlapHours: 8, shortfallHours: 0 },
    availability: { applicable: true, points: 10, maxPoints: 10, referenceDate: '2026-12-01', daysLate: 0 },
    distance: {
      applicable: true,
      points: 12,
      maxPoints: 15,
      method: 'SAME_MUNICIPALITY',
      maxTravelDistanceKm: 15,
    },
    preferences: { applicable: true, points: 3, maxPoints: 5, sectorPreferred: true, occupationPreferred: false },
    requirements: {
      applicable: false,
      points: 0,
      maxPoints: 0,
      drivingLicenceRequired: false,
      hasDrivingLicence: true,
      dutchLevel: 'B1',
    },
    gaps: [{ kind: 'MISSING_TALENT', talentCode: 'heftruckcertificaat', labelNl: 'Heftruckcertificaat', requiredLevel: 3 }],
    ...overrides,
  };
}

export function candidateSuggestion(overrides: Partial<CandidateSuggestion> = {}): CandidateSuggestion {
  return {
    candidate: {
      id: '5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      firstName: 'Sanne',
      lastName: 'Verbeek',
      municipalityCode: 'rotterdam',
      municipalityName: 'Rotterdam',
      postcodeArea: '3072',
      hoursPerWeekMin: 24,
      hoursPerWeekMax: 32,
      availableFrom: '2026-03-01',
    },
    score: 82,
    breakdown: breakdown(),
    ...overrides,
  };
}

export function vacancySuggestion(overrides: Partial<VacancySuggestion> = {}): VacancySuggestion {
  const v = vacancy({ status: 'OPEN' });
  return {
    vacancy: {
      id: v.id,
      title: v.title,
      employerName: v.employerName,
      sector: v.sector,
      postcode: v.postcode,
      startDate: v.startDate,
      hoursPerWeekMin: v.hoursPerWeekMin,
      hoursPerWeekMax: v.hoursPerWeekMax,
      contractType: v.contractType,
    },
    score: 74,
    breakdown: breakdown(),
    ...overrides,
  };
}

export function match(overrides: Partial<Match> = {}): Match {
  return {
    id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
    vacancyId: '7f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b',
    vacancyTitle: 'Medewerker bakkerij (ochtendploeg)',
    employerName: 'Bakkerij De Korenschoof',
    candidateId: '5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    candidateName: 'Sanne Verbeek',
    municipalityCode: 'rotterdam',
    status: 'SUGGESTED',
    score: 82,
    breakdown: breakdown(),
    ownerId: 'c0ffee00-0000-4000-8000-000000000001',
    ownerName: 'Carla de Vries',
    version: 3,
    createdAt: '2026-03-01T09:15:00Z',
    createdBy: 'consultant',
    updatedAt: '2026-03-01T09:15:00Z',
    updatedBy: 'consultant',
    ...overrides,
  };
}
