import { useState, type FormEvent, type ReactNode } from 'react';
import { TextAreaField } from '@/components/form';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem, violationsByField } from '@/lib/api/problem';
import type { CallOutcome, CallResult, ContactWith, FollowUpCallLogRequest } from '@/lib/api/types';
import { callOutcomeLabels, contactWithLabels, nl } from '@/lib/i18n/nl';

const FIELDS = ['result', 'outcome', 'contactWith', 'notes', 'agreedActions'] as const;
type LogField = (typeof FIELDS)[number];

export interface LogValues {
  result: '' | CallResult;
  outcome: '' | CallOutcome;
  contactWith: '' | ContactWith;
  notes: string;
  agreedActions: string;
}

const EMPTY: LogValues = { result: '', outcome: '', contactWith: '', notes: '', agreedActions: '' };

/** A call that was held needs how it goes and with whom; one that did not connect needs neither (the API refuses them). */
export function validateLog(values: LogValues): Partial<Record<LogField, string>> {
  const errors: Partial<Record<LogField, string>> = {};
  if (!values.result) errors.result = nl.aftercare.resultRequired;
  if (values.result === 'DONE') {
    if (!values.outcome) errors.outcome = nl.aftercare.outcomeRequired;
    if (!values.contactWith) errors.contactWith = nl.aftercare.contactWithRequired;
  }
  return errors;
}

export function toLogRequest(values: LogValues): FollowUpCallLogRequest {
  const body: FollowUpCallLogRequest = { result: values.result as CallResult };
  if (values.result === 'DONE') {
    body.outcome = values.outcome as CallOutcome;
    body.contactWith = values.contactWith as ContactWith;
  }
  if (values.notes.trim()) body.notes = values.notes.trim();
  if (values.agreedActions.trim()) body.agreedActions = values.agreedActions.trim();
  return body;
}

interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: string;
  labels: Record<T, string>;
  value: string;
  onChange: (value: T) => void;
  error?: string;
}

/** Native radio buttons as large, labelled tap targets; arrow keys move between them as usual. */
function ChoiceGroup<T extends string>({ name, legend, labels, value, onChange, error }: ChoiceGroupProps<T>): ReactNode {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={`choice-group${error ? ' field--invalid' : ''}`}
      id={`log-${name}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">
        {legend}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <div className="choices">
        {(Object.entries(labels) as [T, string][]).map(([key, label]) => (
          <label key={key} className="choice" htmlFor={`log-${name}-${key}`}>
            <input
              type="radio"
              id={`log-${name}-${key}`}
              name={`log-${name}`}
              value={key}
              checked={value === key}
              onChange={() => onChange(key)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export interface CallLogFormProps {
  busy: boolean;
  error: unknown;
  onSubmit: (body: FollowUpCallLogRequest) => void;
  onReload: () => void;
}

/**
 * Logging a call in a few taps: Gesproken / Niet bereikt, then (when spoken) how it goes
 * and with whom, optional notes and agreed actions.
 */
export function CallLogForm({ busy, error, onSubmit, onReload }: CallLogFormProps) {
  const [values, setValues] = useState<LogValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<LogField, string>>>({});
  const server = violationsByField(isApiProblem(error) ? error.violations : [], FIELDS);
  const fieldError = (f: LogField) => errors[f] ?? server.byField[f];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateLog(values);
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      const target = { result: 'log-result-DONE', outcome: 'log-outcome-GOOD', contactWith: 'log-contactWith-CANDIDATE' }[first as string];
      document.getElementById(target ?? `log-${first}`)?.focus();
      return;
    }
    onSubmit(toLogRequest(values));
  };

  const resultError = fieldError('result');
  return (
    <form className="form log-form" onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="log-title">
      <h2 id="log-title">{nl.aftercare.logTitle}</h2>
      <ProblemAlert
        error={error}
        otherViolations={server.other}
        staleText={nl.aftercare.stale}
        reloadStatuses={[409, 412]}
        onReload={onReload}
        focusOnShow
      />
      <div
        className={`field toggle-field${resultError ? ' field--invalid' : ''}`}
        role="group"
        aria-labelledby="log-result-label"
        aria-describedby={resultError ? 'log-result-error' : undefined}
      >
        <p id="log-result-label" className="field-label">
          {nl.aftercare.result}
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </p>
        <div className="toggles">
          {(['DONE', 'NOT_REACHED'] as const).map((result) => (
            <button
              key={result}
              type="button"
              id={`log-result-${result}`}
              className="toggle"
              aria-pressed={values.result === result}
              onClick={() => setValues((v) => ({ ...v, result }))}
            >
              {result === 'DONE' ? nl.aftercare.resultDone : nl.aftercare.resultNotReached}
            </button>
          ))}
        </div>
        {resultError && (
          <p id="log-result-error" className="field-error">
            {resultError}
          </p>
        )}
      </div>
      {values.result === 'DONE' && (
        <>
          <ChoiceGroup
            name="outcome"
            legend={nl.aftercare.outcomeLegend}
            labels={callOutcomeLabels}
            value={values.outcome}
            onChange={(outcome) => setValues((v) => ({ ...v, outcome }))}
            error={fieldError('outcome')}
          />
          <ChoiceGroup
            name="contactWith"
            legend={nl.aftercare.contactWithLegend}
            labels={contactWithLabels}
            value={values.contactWith}
            onChange={(contactWith) => setValues((v) => ({ ...v, contactWith }))}
            error={fieldError('contactWith')}
          />
        </>
      )}
      <TextAreaField
        id="log-notes"
        label={nl.aftercare.notes}
        hint={nl.aftercare.notesHint}
        rows={3}
        maxLength={4000}
        value={values.notes}
        onChange={(notes) => setValues((v) => ({ ...v, notes }))}
        error={fieldError('notes')}
      />
      {values.result === 'DONE' && (
        <TextAreaField
          id="log-agreedActions"
          label={nl.aftercare.agreedActions}
          hint={nl.aftercare.agreedActionsHint}
          rows={3}
          maxLength={2000}
          value={values.agreedActions}
          onChange={(agreedActions) => setValues((v) => ({ ...v, agreedActions }))}
          error={fieldError('agreedActions')}
        />
      )}
      <button type="submit" className="button button--primary button--tap button--block" disabled={busy}>
        {busy ? nl.aftercare.submitting : nl.aftercare.submit}
      </button>
    </form>
  );
}
