import { useState, type FormEvent } from 'react';
import { SelectField, TextField, optionsFrom } from '@/components/form';
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
  const [q, setQ] = useState(values.q);
  const [syncedQ, setSyncedQ] = useState(values.q);
  // Follow the URL when it changes from outside (back button, "filters wissen").
  if (values.q !== syncedQ) {
    setSyncedQ(values.q);
    setQ(values.q);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() });
  };

  return (
    <form className="filters" role="search" aria-label={nl.list.filters} onSubmit={submit}>
      <div className="search-row">
        <TextField id="vacancy-search" label={nl.vacancies.searchLabel} type="search" value={q} onChange={setQ} />
        <button type="submit" className="button button--primary">
          {nl.list.searchButton}
        </button>
      </div>
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
    </form>
  );
}
