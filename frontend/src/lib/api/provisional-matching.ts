// PROVISIONAL: the matching shapes of docs/api.md ("Matching (issue 4)") until the
// backend's openapi.yaml has them; then types.ts points at the generated schema and
// this file is deleted.
import type { components } from './schema';

type Vacancy = components['schemas']['VacancyResponse'];
type MatchBreakdown = components['schemas']['MatchBreakdown'];

export type MatchStatus = 'SUGGESTED' | 'PROPOSED' | 'INTRODUCED' | 'TRIAL' | 'PLACED' | 'REJECTED' | 'WITHDRAWN';
export type MatchRejectionReason =
  | 'CANDIDATE_DECLINED'
  | 'EMPLOYER_DECLINED'
  | 'SKILLS_MISMATCH'
  | 'HOURS_OR_TRAVEL'
  | 'NO_SHOW'
  | 'VACANCY_FILLED'
  | 'OTHER';

export interface SuggestedCandidate {
  id: string;
  firstName: string;
  lastName: string;
  municipalityCode: string;
  municipalityName: string;
  postcodeArea: string;
  hoursPerWeekMin?: number | null;
  hoursPerWeekMax?: number | null;
  availableFrom?: string | null;
}
export interface CandidateSuggestion {
  candidate: SuggestedCandidate;
  score: number;
  breakdown: MatchBreakdown;
  matchId?: string | null;
  matchStatus?: MatchStatus | null;
}
export interface CandidateSuggestions {
  items: CandidateSuggestion[];
}
export interface SuggestedVacancy {
  id: string;
  title: string;
  employerName: string;
  sector: Vacancy['sector'];
  postcode: string;
  startDate?: string | null;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  contractType: Vacancy['contractType'];
}
export interface VacancySuggestion {
  vacancy: SuggestedVacancy;
  score: number;
  breakdown: MatchBreakdown;
  matchId?: string | null;
  matchStatus?: MatchStatus | null;
}
export interface VacancySuggestions {
  items: VacancySuggestion[];
}

export interface MatchRequest {
  vacancyId: string;
  candidateId: string;
  note?: string;
}
export interface MatchTransitionRequest {
  to: MatchStatus;
  note?: string;
  reason?: MatchRejectionReason;
  startDate?: string;
}
export interface Match {
  id: string;
  vacancyId: string;
  vacancyTitle: string;
  employerName: string;
  candidateId: string;
  candidateName: string;
  municipalityCode: string;
  status: MatchStatus;
  score: number;
  breakdown: MatchBreakdown;
  rejectionReason?: MatchRejectionReason | null;
  startDate?: string | null;
  ownerId: string;
  ownerName?: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}
export interface MatchPage {
  items: Match[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}
export interface MatchEvent {
  id: string;
  from?: MatchStatus | null;
  to: MatchStatus;
  note?: string | null;
  reason?: MatchRejectionReason | null;
  occurredAt: string;
  actor: string;
  actorName?: string | null;
}
