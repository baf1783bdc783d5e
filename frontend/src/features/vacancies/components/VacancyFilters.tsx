import { SelectField, optionsFrom } from '@/components/form';
import { SearchFilterForm } from '@/components/SearchFilterForm';
import { nl, sectorLabels, vacancyStatusLabels } from '@/lib/i18n/nl';
import { EmployerPicker } from './EmployerPicker';

export interface VacancyFilterValues {
  q: string;
  status: string;
  sector: string;
  employerId: string;
  sort: string;
}

export interface VacancyFiltersProps {
  values: VacancyFilterValues;
  onChange: (changes: Partial<VacancyFilterValues>) => void;
}

/** Search text, status, sector, employer and sort of the vacancy list. */
export function VacancyFilters({ values, onChange }: VacancyFiltersProps) {
  return (
    <SearchFilterForm searchId="vacancy-search" searchLabel={nl.vacancies.searchLabel} query={values.q} onSearch={(q) => onChange({ q })}>
      <SelectField
        id="vacancy-filter-status"
        label={nl.vacancies.filterStatus}
        value={values.status}
        onChange={(status) => onChange({ status })}
        options={optionsFrom(vacancyStatusLabels)}
        placeholder={nl.vacancies.allStatuses}
      />
      <SelectField
        id="vacancy-filter-sector"
        label={nl.vacancies.filterSector}
        value={values.sector}
        onChange={(sector) => onChange({ sector })}
        options={optionsFrom(sectorLabels)}
        placeholder={nl.vacancies.allSectors}
      />
      <EmployerPicker
        id="vacancy-filter-employer"
        label={nl.vacancies.filterEmployer}
        value={values.employerId}
        onChange={(employerId) => onChange({ employerId })}
        placeholder={nl.vacancies.allEmployers}
      />
      <SelectField
        id="vacancy-sort"
        label={nl.list.sortBy}
        value={values.sort}
        onChange={(sort) => onChange({ sort })}
        options={Object.entries(nl.vacancies.sort).map(([value, label]) => ({ value, label }))}
      />
    </SearchFilterForm>
  );
}
