import type { TextareaHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldChromeProps } from './Field';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value' | 'required'>;

export interface TextAreaFieldProps extends FieldChromeProps, TextAreaProps {
  value: string;
  onChange: (value: string) => void;
}

export function TextAreaField({ label, required, hint, error, id, className, value, onChange, ...rest }: TextAreaFieldProps) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <Field label={label} required={required} hint={hint} error={error} ids={ids} className={className}>
      <textarea
        rows={6}
        {...rest}
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
