export type { TalentListParams } from './api/talents';
export { TalentFilters, type TalentFilterValues } from './components/TalentFilters';
export { TalentForm } from './components/TalentForm';
export { TalentTable } from './components/TalentTable';
export { useCreateTalent, useSetTalentRetired, useTalent, useTalents, useUpdateTalent } from './hooks/use-talents';
