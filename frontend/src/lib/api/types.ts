// Friendly names for the generated contract types. Only this file knows the schema
// names that the backend's OpenAPI document uses.
import type { components } from './schema';

type Schemas = components['schemas'];

export type Sector = Schemas['Sector'];
export type SizeClass = Schemas['SizeClass'];
export type EmployerStatus = Schemas['EmployerStatus'];
export type VacancyStatus = Schemas['VacancyStatus'];
export type ContractType = Schemas['ContractType'];
export type LanguageLevel = Schemas['LanguageLevel'];

export type Municipality = Schemas['MunicipalityResponse'];
export type Employer = Schemas['EmployerResponse'];
export type EmployerRequest = Schemas['EmployerRequest'];
export type EmployerPage = Schemas['EmployerPage'];
export type Vacancy = Schemas['VacancyResponse'];
export type VacancyRequest = Schemas['VacancyRequest'];
export type VacancyPage = Schemas['VacancyPage'];
export type VacancyStatusChange = Schemas['VacancyStatusChange'];

export type TalentCategory = Schemas['TalentCategory'];
export type Talent = Schemas['TalentResponse'];
export type TalentPage = Schemas['TalentPage'];
export type TalentCreateRequest = Schemas['TalentCreateRequest'];
export type TalentUpdateRequest = Schemas['TalentUpdateRequest'];

/** A single resource together with the ETag the server sent for it (for If-Match). */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

// ---------------------------------------------------------------------------
// Issue 3 candidate profiles. PROVISIONAL: written from docs/api.md until the backend's
// contract is merged into openapi.yaml; then replaced by the generated schema names.
export type TargetGroup = 'BANENAFSPRAAK' | 'PRAKTIJKROUTE' | 'BBL' | 'ONDERNEMER';
export type CandidateStatus = 'ACTIVE' | 'PAUSED' | 'PLACED' | 'WITHDRAWN';
export type Gender = 'FEMALE' | 'MALE' | 'NON_BINARY' | 'UNDISCLOSED';

export interface CandidateTalent {
  code: string;
  labelNl: string;
  category: TalentCategory;
  level: number;
  retired: boolean;
}
export interface Candidate {
  id: string;
  municipalityCode: string;
  municipalityName: string;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  postcodeArea: string;
  targetGroups: TargetGroup[];
  talents: CandidateTalent[];
  interests?: string;
  motivation?: string;
  preferredSectors: Sector[];
  preferredOccupations: string[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  availableFrom?: string;
  maxTravelDistanceKm: number;
  drivingLicence: boolean;
  dutchLevel?: LanguageLevel;
  status: CandidateStatus;
  jobcoach?: string;
  updatedAt: string;
}
export interface CandidatePage {
  items: Candidate[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}
export interface MunicipalCandidate {
  id: string;
  municipalityCode: string;
  clientNumber: string;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  gender?: Gender;
  birthDate?: string;
  postcode: string;
  latitude?: number;
  longitude?: number;
  targetGroups: TargetGroup[];
  talents: CandidateTalent[];
  interests?: string;
  motivation?: string;
  preferredSectors: Sector[];
  preferredOccupations: string[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  availableFrom?: string;
  maxTravelDistanceKm: number;
  drivingLicence: boolean;
  dutchLevel?: LanguageLevel;
  consent: boolean;
  status: CandidateStatus;
  jobcoach?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export interface MunicipalCandidatePage {
  items: MunicipalCandidate[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}
