import type { VacancyStatus } from '@/lib/api/types';
import { nl, vacancyTransitionLabels } from '@/lib/i18n/nl';
import { allowedTransitions } from '../utils/transitions';

export interface VacancyStatusActionsProps {
  status: VacancyStatus;
  onChange: (next: VacancyStatus) => void;
  busy?: boolean;
}

/** One button per legal transition from the current status; none for a final status. */
export function VacancyStatusActions({ status, onChange, busy = false }: VacancyStatusActionsProps) {
  const next = allowedTransitions(status);
  return (
    <section className="section" aria-labelledby="vacancy-status-heading">
      <h2 id="vacancy-status-heading">{nl.vacancies.statusActions}</h2>
      {next.length === 0 ? (
        <p>{nl.vacancies.finalStatus}</p>
      ) : (
        <div className="button-row">
          {next.map((target) => (
            <button
              key={target}
              type="button"
              className={`button ${target === 'OPEN' ? 'button--primary' : 'button--secondary'}`}
              disabled={busy}
              onClick={() => onChange(target)}
            >
              {vacancyTransitionLabels[target]}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
