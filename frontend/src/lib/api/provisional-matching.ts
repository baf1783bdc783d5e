// PROVISIONAL: the matching shapes of docs/api.md ("Matching (issue 4)") until the
// backend's openapi.yaml has them; then types.ts points at the generated schema and
// this file is deleted.
import type { components } from './schema';

type Vacancy = components['schemas']['VacancyResponse'];
type MatchBreakdown = components['schemas']['MatchBreakdown'];
type MatchStatus = components['schemas']['MatchStatus'];

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
