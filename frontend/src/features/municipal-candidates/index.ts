export type { MunicipalCandidateListParams } from './api/municipal-candidates';
export { MunicipalCandidateProfile } from './components/MunicipalCandidateProfile';
export { MunicipalCandidateTable, municipalCandidatePath } from './components/MunicipalCandidateTable';
export { useMunicipalCandidate, useMunicipalCandidates } from './hooks/use-municipal-candidates';
