import { CheckboxField, SelectField, optionsFrom } from '@/components/form';
import { SearchFilterForm } from '@/components/SearchFilterForm';
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
  return (
    <SearchFilterForm searchId="talent-search" searchLabel={nl.talents.searchLabel} query={values.q} onSearch={(q) => onChange({ q })}>
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
    </SearchFilterForm>
  );
}
