export type { VacancyListParams } from './api/vacancies';
export { VacancyDetails } from './components/VacancyDetails';
export { VacancyFilters, type VacancyFilterValues } from './components/VacancyFilters';
export { VacancyForm } from './components/VacancyForm';
export { VacancyStatusActions } from './components/VacancyStatusActions';
export { VacancyTable } from './components/VacancyTable';
export {
  useChangeVacancyStatus,
  useCreateVacancy,
  useDeleteVacancy,
  useUpdateVacancy,
} from './hooks/use-vacancy-mutations';
export { useVacancies, useVacancy } from './hooks/use-vacancies';
export { allowedTransitions, canDeleteVacancy, VACANCY_TRANSITIONS } from './utils/transitions';
