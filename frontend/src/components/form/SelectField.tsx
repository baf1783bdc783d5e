import type { SelectHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldChromeProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value' | 'required'>;

export interface SelectFieldProps extends FieldChromeProps, SelectProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of the empty first option ("Kies …" or "Alle …"); omitted when undefined. */
  placeholder?: string;
}

export function SelectField({
  label,
  required,
  hint,
  error,
  id,
  className,
  value,
  onChange,
  options,
  placeholder,
  ...rest
}: SelectFieldProps) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <Field label={label} required={required} hint={hint} error={error} ids={ids} className={className}>
      <select
        {...rest}
        id={ids.controlId}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Options for a select from a label map (e.g. sector → Dutch label), in the map's order. */
export function optionsFrom<T extends string>(labels: Record<T, string>): SelectOption[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}
