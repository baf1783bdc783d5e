import { CheckboxField, SelectField, optionsFrom } from '@/components/form';
import { nl, placementStatusLabels } from '@/lib/i18n/nl';

export interface PlacementFilterValues {
  status: string;
  atRisk: boolean;
}

/** Status and "alleen risico"; they apply as they change (there is no search text). */
export function PlacementFilters({
  values,
  onChange,
}: {
  values: PlacementFilterValues;
  onChange: (changes: Partial<PlacementFilterValues>) => void;
}) {
  return (
    <div className="filters" role="group" aria-label={nl.list.filters}>
      <SelectField
        id="placement-filter-status"
        label={nl.placements.filterStatus}
        value={values.status}
        onChange={(status) => onChange({ status })}
        options={optionsFrom(placementStatusLabels)}
        placeholder={nl.placements.allStatuses}
      />
      <CheckboxField
        id="placement-filter-risk"
        label={nl.placements.onlyAtRisk}
        checked={values.atRisk}
        onChange={(atRisk) => onChange({ atRisk })}
      />
    </div>
  );
}
