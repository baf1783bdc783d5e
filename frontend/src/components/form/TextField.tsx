import type { InputHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldChromeProps } from './Field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value' | 'required'>;

export interface TextFieldProps extends FieldChromeProps, InputProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * A labelled text input. `required` only marks the field (visually and with
 * aria-required); the server decides what is valid and its message is shown in `error`.
 */
export function TextField({ label, required, hint, error, id, className, value, onChange, ...input }: TextFieldProps) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <Field label={label} required={required} hint={hint} error={error} ids={ids} className={className}>
      <input
        {...input}
        id={ids.controlId}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Field>
  );
}
