import { useId, useState, type FormEvent } from 'react';
import { formatLongMonth, formatMonth } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';
import type { MonthPeriod } from '../utils/period';

const t = nl.dashboard.period;

export interface PeriodFormProps {
  value: MonthPeriod;
  /** The months to choose from, newest first. */
  months: string[];
  onChange: (period: MonthPeriod) => void;
  /** Offered when the period is not the default. */
  onReset?: () => void;
}

/**
 * From/to month. Applied with a button (not on every change of a select), so choosing both
 * months costs one request and nothing moves under the keyboard while choosing.
 */
export function PeriodForm({ value, months, onChange, onReset }: PeriodFormProps) {
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const errorId = `${id}-error`;
  // Months picked by a link from outside the list (an older URL) still show as chosen.
  const options = (extra: string) => (months.includes(extra) ? months : [...months, extra].sort().reverse());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from > draft.to) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onChange(draft);
  };

  return (
    <form className="filters period-form" onSubmit={submit} noValidate aria-label={t.legend}>
      <div className={`field${invalid ? ' field--invalid' : ''}`}>
        <label className="field-label" htmlFor={`${id}-from`}>
          {t.from}
        </label>
        <select
          id={`${id}-from`}
          className="input"
          value={draft.from}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        >
          {options(draft.from).map((m) => (
            <option key={m} value={m} aria-label={formatLongMonth(m)}>
              {formatMonth(m)}
            </option>
          ))}
        </select>
        {invalid && (
          <p id={errorId} className="field-error">
            {t.invalid}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-to`}>
          {t.to}
        </label>
        <select
          id={`${id}-to`}
          className="input"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        >
          {options(draft.to).map((m) => (
            <option key={m} value={m} aria-label={formatLongMonth(m)}>
              {formatMonth(m)}
            </option>
          ))}
        </select>
      </div>
      <div className="period-form-actions">
        <button type="submit" className="button button--primary">
          {t.show}
        </button>
        {onReset && (
          <button type="button" className="button button--secondary" onClick={onReset}>
            {t.reset}
          </button>
        )}
      </div>
    </form>
  );
}
