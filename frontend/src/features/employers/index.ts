export type { EmployerListParams } from './api/employers';
export { EmployerActions } from './components/EmployerActions';
export { EmployerDetails } from './components/EmployerDetails';
export { EmployerFilters, type EmployerFilterValues } from './components/EmployerFilters';
export { EmployerForm } from './components/EmployerForm';
export { EmployerTable } from './components/EmployerTable';
export {
  useArchiveEmployer,
  useCreateEmployer,
  useDeleteEmployer,
  useReactivateEmployer,
  useUpdateEmployer,
} from './hooks/use-employer-mutations';
export { useEmployer, useEmployers } from './hooks/use-employers';
