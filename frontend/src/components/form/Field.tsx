import { useId, type ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';

export interface FieldChromeProps {
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  /** Use a given id for the control (e.g. to link a server violation to it). */
  id?: string;
  className?: string;
}

export interface FieldIds {
  controlId: string;
  hintId?: string;
  errorId?: string;
  describedBy?: string;
}

/** Ids for a control and its hint/error, for aria-describedby. */
export function useFieldIds(props: Pick<FieldChromeProps, 'id' | 'hint' | 'error'>): FieldIds {
  const generated = useId();
  const controlId = props.id ?? `f${generated.replace(/:/g, '')}`;
  const hintId = props.hint ? `${controlId}-hint` : undefined;
  const errorId = props.error ? `${controlId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}

export function RequiredMark() {
  return (
    <>
      <span className="required-mark" aria-hidden="true">
        {' '}
        *
      </span>
      <span className="visually-hidden"> ({nl.app.required})</span>
    </>
  );
}

export function FieldError({ id, error }: { id?: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {error}
    </p>
  );
}

export function FieldHint({ id, hint }: { id?: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={id} className="field-hint">
      {hint}
    </p>
  );
}

/** Label + hint + control + error, in that order (the error sits right next to its field). */
export function Field({
  label,
  required,
  hint,
  error,
  ids,
  className,
  children,
}: FieldChromeProps & { ids: FieldIds; children: ReactNode }) {
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={ids.controlId} className="field-label">
        {label}
        {required && <RequiredMark />}
      </label>
      <FieldHint id={ids.hintId} hint={hint} />
      {children}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}
