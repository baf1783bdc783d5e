import { useState, type FormEvent } from 'react';
import { SelectField, TextField, optionsFrom } from '@/components/form';
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
        <TextField id="employer-search" label={nl.employers.searchLabel} type="search" value={q} onChange={setQ} />
        <button type="submit" className="button button--primary">
          {nl.list.searchButton}
        </button>
      </div>
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
    </form>
  );
}
