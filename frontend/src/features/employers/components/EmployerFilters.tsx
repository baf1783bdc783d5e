import { SelectField, optionsFrom } from '@/components/form';
import { SearchFilterForm } from '@/components/SearchFilterForm';
import type { Municipality } from '@/lib/api/types';
import { employerStatusLabels, nl, sectorLabels } from '@/lib/i18n/nl';

export interface EmployerFilterValues {
  q: string;
  sector: string;
  municipality: string;
  status: string;
  sort: string;
}

export interface EmployerFiltersProps {
  values: EmployerFilterValues;
  municipalities: Municipality[];
  onChange: (changes: Partial<EmployerFilterValues>) => void;
}

/** Search (name or KvK), sector, municipality, status and sort of the employer list. */
export function EmployerFilters({ values, municipalities, onChange }: EmployerFiltersProps) {
  return (
    <SearchFilterForm searchId="employer-search" searchLabel={nl.employers.searchLabel} query={values.q} onSearch={(q) => onChange({ q })}>
      <SelectField
        id="employer-filter-sector"
        label={nl.employers.filterSector}
        value={values.sector}
        onChange={(sector) => onChange({ sector })}
        options={optionsFrom(sectorLabels)}
        placeholder={nl.employers.allSectors}
      />
      <SelectField
        id="employer-filter-municipality"
        label={nl.employers.filterMunicipality}
        value={values.municipality}
        onChange={(municipality) => onChange({ municipality })}
        options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
        placeholder={nl.employers.allMunicipalities}
      />
      <SelectField
        id="employer-filter-status"
        label={nl.employers.filterStatus}
        value={values.status}
        onChange={(status) => onChange({ status })}
        options={optionsFrom(employerStatusLabels)}
        placeholder={nl.employers.allStatuses}
      />
      <SelectField
        id="employer-sort"
        label={nl.list.sortBy}
        value={values.sort}
        onChange={(sort) => onChange({ sort })}
        options={Object.entries(nl.employers.sort).map(([value, label]) => ({ value, label }))}
      />
    </SearchFilterForm>
  );
}
