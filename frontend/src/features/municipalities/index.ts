export { getMunicipalities } from './api/municipalities';
export { useMunicipalities } from './hooks/use-municipalities';
