export type { CandidateListParams } from './api/candidates';
export { CandidateCards, topTalents } from './components/CandidateCards';
export { CandidateFilters } from './components/CandidateFilters';
export { CandidateProfile } from './components/CandidateProfile';
export { useCandidate, useCandidates } from './hooks/use-candidates';
export {
  CANDIDATE_SEARCH_DEFAULTS,
  candidateQueryFromUrl,
  hasCandidateFilters,
  talentCodesFromUrl,
  type CandidateSearchValues,
} from './utils/search-params';
