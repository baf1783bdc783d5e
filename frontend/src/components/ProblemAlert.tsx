import { useEffect, useRef } from 'react';
import { isApiProblem, type Violation } from '@/lib/api/problem';
import { useOptionalSession } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';

export interface ProblemAlertProps {
  error: unknown;
  /** Violations that could not be shown next to a field. */
  otherViolations?: Violation[];
  /** What was being changed, for the 412 text ("deze werkgever"). */
  subject?: string;
  /** Offered on 412 (stale write), and on the statuses in reloadStatuses: load the current version. */
  onReload?: () => void;
  /** Statuses that offer onReload (default 412 only); a board also reloads after a 409 conflict. */
  reloadStatuses?: readonly number[];
  /** Text of the reload button (default "Nieuwste versie laden"). */
  reloadLabel?: string;
  /** Replaces the 412 text, which otherwise speaks of a form being edited. */
  staleText?: string;
  /** Move focus to the alert when it appears (forms: so keyboard and screen reader users notice). */
  focusOnShow?: boolean;
}

/** Shows a failed API call: the server's `detail` in a role=alert box, with a Dutch heading. */
export function ProblemAlert({
  error,
  otherViolations,
  subject,
  onReload,
  reloadStatuses = [412],
  reloadLabel,
  staleText,
  focusOnShow = false,
}: ProblemAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  const session = useOptionalSession();

  useEffect(() => {
    if (error && focusOnShow) ref.current?.focus();
  }, [error, focusOnShow]);

  if (!error) return null;

  const status = isApiProblem(error) ? error.status : -1;
  const heading = nl.problem.heading(status);
  let text: string | undefined;
  if (isApiProblem(error)) {
    if (status === 0) text = nl.problem.unreachable;
    else if (status === 412) text = staleText ?? nl.problem.staleWrite(subject ?? nl.app.none);
    else if (status === 503) text = nl.problem.unavailable;
    else if (status >= 500) text = nl.problem.serverError(error.detail);
    else text = error.detail || error.title || undefined;
  } else if (error instanceof Error) {
    text = error.message;
  }
  const violations = otherViolations ?? [];

  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
      <p className="alert-title">{heading}</p>
      {text && <p>{text}</p>}
      {violations.length > 0 && (
        <>
          <p>{nl.problem.otherViolations}</p>
          <ul>
            {violations.map((v, i) => (
              <li key={`${v.field}-${i}`}>{v.message}</li>
            ))}
          </ul>
        </>
      )}
      {reloadStatuses.includes(status) && onReload && (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {reloadLabel ?? nl.problem.reload}
        </button>
      )}
      {status === 401 && session && (
        <button type="button" className="button button--secondary" onClick={session.signInAgain}>
          {nl.auth.signInAgain}
        </button>
      )}
    </div>
  );
}
