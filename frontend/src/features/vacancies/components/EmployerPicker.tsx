import { useState } from 'react';
import { SelectField, TextField } from '@/components/form';
import type { EmployerStatus } from '@/lib/api/types';
import { useEmployerName, useEmployerOptions } from '@/lib/employer-options';
import { nl } from '@/lib/i18n/nl';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export interface EmployerPickerProps {
  id: string;
  label: string;
  value: string;
  onChange: (employerId: string) => void;
  placeholder: string;
  /** Name of the currently chosen employer, shown even when it is not in the fetched options. */
  selectedName?: string;
  /** Only employers with this status (e.g. ACTIVE for a new vacancy). */
  status?: EmployerStatus;
  /** Show a search box that narrows the options on the server (name or KvK). */
  searchable?: boolean;
  required?: boolean;
  error?: string;
}

/** Chooses an employer from /api/employers (first 100 by name; a search box narrows it down). */
export function EmployerPicker({
  id,
  label,
  value,
  onChange,
  placeholder,
  selectedName,
  status,
  searchable = false,
  required,
  error,
}: EmployerPickerProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 300);
  const [chosenNames, setChosenNames] = useState<Record<string, string>>({});
  const options = useEmployerOptions({ q, status });

  const items = options.data?.items ?? [];
  const list = items.map((e) => ({ value: e.id, label: `${e.name} (${e.kvkNumber})` }));
  const inList = list.some((o) => o.value === value);
  const knownName = value ? (chosenNames[value] ?? selectedName) : undefined;
  // Look the name up only when the chosen employer is neither in the options nor known.
  const fetchedName = useEmployerName(value && !inList && !knownName && options.data ? value : undefined);
  const currentName = knownName ?? fetchedName.data;
  if (value && currentName && !inList) {
    list.unshift({ value, label: currentName });
  }

  const total = options.data?.totalItems ?? 0;
  const hint =
    options.data && total > items.length ? nl.vacancies.hints.employerMore(items.length, total) : undefined;

  return (
    <div className="employer-picker">
      {searchable && (
        <TextField
          id={`${id}-search`}
          label={nl.vacancies.employerSearch}
          type="search"
          value={search}
          onChange={setSearch}
          hint={nl.vacancies.hints.employerSearch}
          autoComplete="off"
        />
      )}
      <SelectField
        id={id}
        label={label}
        required={required}
        value={value}
        onChange={(next) => {
          const option = list.find((o) => o.value === next);
          if (option) setChosenNames((names) => ({ ...names, [next]: option.label }));
          onChange(next);
        }}
        options={list}
        placeholder={placeholder}
        error={error ?? (options.error ? nl.list.loadFailed : undefined)}
        hint={hint}
      />
    </div>
  );
}
