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
export type TalentRequirement = Schemas['TalentRequirement'];
export type VacancyTalent = Schemas['VacancyTalent'];
export type VacancyTalentInput = Schemas['VacancyTalentInput'];
export type VacancyPage = Schemas['VacancyPage'];
export type VacancyStatusChange = Schemas['VacancyStatusChange'];

export type TalentCategory = Schemas['TalentCategory'];
export type Talent = Schemas['TalentResponse'];
export type TalentPage = Schemas['TalentPage'];
export type TalentCreateRequest = Schemas['TalentCreateRequest'];
export type TalentUpdateRequest = Schemas['TalentUpdateRequest'];

export type TargetGroup = Schemas['TargetGroup'];
export type CandidateStatus = Schemas['CandidateStatus'];
export type Gender = Schemas['Gender'];
export type TalentMatch = Schemas['TalentMatch'];
export type CandidateTalent = Schemas['CandidateTalent'];
export type Candidate = Schemas['CandidateResponse'];
export type CandidatePage = Schemas['CandidatePage'];
export type MunicipalCandidate = Schemas['MunicipalCandidateResponse'];
export type MunicipalCandidatePage = Schemas['MunicipalCandidatePage'];

export type MatchBreakdown = Schemas['MatchBreakdown'];
export type MatchGap = Schemas['MatchGap'];
export type MatchGapKind = Schemas['MatchGapKind'];
export type DistanceMethod = Schemas['DistanceMethod'];
export type TalentRequirementFit = Schemas['TalentRequirementFit'];

export type MatchStatus = Schemas['MatchStatus'];
export type MatchRejectionReason = Schemas['MatchRejectionReason'];
export type Match = Schemas['MatchResponse'];
export type MatchPage = Schemas['MatchPage'];
export type MatchCreateRequest = Schemas['MatchCreateRequest'];
export type MatchTransitionRequest = Schemas['MatchTransitionRequest'];
export type MatchEvent = Schemas['MatchEventResponse'];
export type SuggestedCandidate = Schemas['SuggestedCandidate'];
export type CandidateSuggestion = Schemas['CandidateSuggestion'];
export type CandidateSuggestions = Schemas['CandidateSuggestions'];
export type SuggestedVacancy = Schemas['SuggestedVacancy'];
export type VacancySuggestion = Schemas['VacancySuggestion'];
export type VacancySuggestions = Schemas['VacancySuggestions'];

/** A single resource together with the ETag the server sent for it (for If-Match). */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

// --- Placements and aftercare (issue 5, docs/api.md) ---------------------------------
export type Jobcoach = Schemas['JobcoachResponse'];

export type PlacementStatus = Schemas['PlacementStatus'];
export type ArrangementKind = Schemas['ArrangementKind'];
export type PlacementEndReason = Schemas['PlacementEndReason'];
export type FollowUpKind = Schemas['FollowUpKind'];
export type CallStatus = Schemas['CallStatus'];
export type CallOutcome = Schemas['CallOutcome'];
export type ContactWith = Schemas['ContactWith'];
export type CallResult = Schemas['CallResult'];

export type ArrangementInput = Schemas['ArrangementInput'];
export type Arrangement = Schemas['ArrangementResponse'];
export type PlacementContract = Schemas['PlacementContract'];
export type PlacementNextCall = Schemas['NextCall'];
export type Placement = Schemas['PlacementResponse'];
export type PlacementPage = Schemas['PlacementPage'];
/** ACTIVE is refused by the API, so the SPA never sends it. */
export type PlacementEndRequest = Omit<Schemas['PlacementEndRequest'], 'status'> & { status: Exclude<PlacementStatus, 'ACTIVE'> };
export type AdHocCallRequest = Schemas['AdHocCallRequest'];

/**
 * A follow-up call as either view of it: staff (consultants, jobcoaches) get phone numbers,
 * contact person, notes and agreed actions; municipalities get the rest only. The screens
 * show those fields when they are there.
 */
export type FollowUpCall = Schemas['MunicipalFollowUpCallResponse'] &
  Partial<Pick<Schemas['FollowUpCallResponse'], 'candidatePhone' | 'employerContactPerson' | 'employerPhone' | 'notes' | 'agreedActions'>>;
export type StaffFollowUpCall = Schemas['FollowUpCallResponse'];
export type FollowUpCallPage = Schemas['FollowUpCallPage'];
export type FollowUpCallLogRequest = Schemas['FollowUpCallLogRequest'];
export type FollowUpCallLogResponse = Schemas['FollowUpCallLogResponse'];

// --- Dashboard (issue 5, GET /api/stats) ------------------------------------------------
export type Stats = Schemas['StatsResponse'];
export type StatsMonthCount = Schemas['StatsMonthCount'];
export type StatsMunicipalityCount = Schemas['StatsMunicipalityCount'];
export type StatsRetention = Schemas['StatsRetention'];
export type StatsTarget = Schemas['StatsTarget'];

// --- Calendar feed (issue 5, /api/calendar-feed) -----------------------------------------
/** `url` only in the answer to POST: the backend keeps just the token's hash. */
export type CalendarFeed = Schemas['CalendarFeedResponse'];
