import { type ReactNode } from 'react';
import { FieldError, FieldHint, useFieldIds } from './Field';

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  error?: string;
  id?: string;
  disabled?: boolean;
}

export function CheckboxField({ label, checked, onChange, hint, error, id, disabled }: CheckboxFieldProps) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <div className={['field', 'field--checkbox', error ? 'field--invalid' : ''].join(' ').trim()}>
      <div className="checkbox-row">
        <input
          type="checkbox"
          id={ids.controlId}
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        <label htmlFor={ids.controlId}>{label}</label>
      </div>
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}
