import { useState, type FormEvent } from 'react';
import { CheckboxField, SelectField, TextField, optionsFrom } from '@/components/form';
import { nl, talentCategoryLabels } from '@/lib/i18n/nl';

export interface TalentFilterValues {
  q: string;
  category: string;
  includeRetired: boolean;
  sort: string;
}

export interface TalentFiltersProps {
  values: TalentFilterValues;
  onChange: (changes: Partial<TalentFilterValues>) => void;
}

/** Search (label or code), category, retired ones too, and sort of the talent list. */
export function TalentFilters({ values, onChange }: TalentFiltersProps) {
  const [q, setQ] = useState(values.q);
  const [syncedQ, setSyncedQ] = useState(values.q);
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
        <TextField id="talent-search" label={nl.talents.searchLabel} type="search" value={q} onChange={setQ} />
        <button type="submit" className="button button--primary">
          {nl.list.searchButton}
        </button>
      </div>
      <SelectField
        id="talent-filter-category"
        label={nl.talents.category}
        value={values.category}
        onChange={(category) => onChange({ category })}
        options={optionsFrom(talentCategoryLabels)}
        placeholder={nl.talents.allCategories}
      />
      <SelectField
        id="talent-sort"
        label={nl.list.sortBy}
        value={values.sort}
        onChange={(sort) => onChange({ sort })}
        options={Object.entries(nl.talents.sort).map(([value, label]) => ({ value, label }))}
      />
      <CheckboxField
        id="talent-include-retired"
        label={nl.talents.includeRetired}
        checked={values.includeRetired}
        onChange={(includeRetired) => onChange({ includeRetired })}
      />
    </form>
  );
}
