import { Link } from 'react-router';
import { CallStatusBadge, OutcomeBadge } from '@/components/aftercare/Badges';
import { callKindText } from '@/components/aftercare/call-text';
import type { FollowUpCall } from '@/lib/api/types';
import { formatDate, formatDateTime } from '@/lib/format';
import { contactWithLabels, nl } from '@/lib/i18n/nl';

/**
 * The placement's calls by due date: kind, date, status and — once logged — outcome, with
 * whom and by whom. Notes and agreed actions only come with the staff view of the API.
 */
export function CallTimeline({ calls }: { calls: readonly FollowUpCall[] }) {
  if (calls.length === 0) return <p>{nl.placements.timelineEmpty}</p>;
  return (
    <ol className="timeline">
      {calls.map((call) => {
        const headingId = `call-${call.id}`;
        return (
          <li key={call.id} className={`timeline-item timeline-item--${call.status.toLowerCase()}`}>
            <article aria-labelledby={headingId}>
              <h3 id={headingId} className="timeline-title">
                {callKindText(call)}
              </h3>
              <p className="timeline-meta">
                <span>{formatDate(call.dueDate)}</span> <CallStatusBadge status={call.status} />
                {call.outcome && (
                  <>
                    {' '}
                    <OutcomeBadge outcome={call.outcome} />
                  </>
                )}
                {call.overdue && (
                  <>
                    {' '}
                    <span className="badge badge--danger">{nl.aftercare.overdue}</span>
                  </>
                )}
                {call.flagged && (
                  <>
                    {' '}
                    <span className="badge badge--warning">{nl.placements.flagged}</span>
                  </>
                )}
              </p>
              {call.contactWith && <p>{nl.placements.with(contactWithLabels[call.contactWith])}</p>}
              {call.notes && (
                <p>
                  <strong>{nl.placements.notes}:</strong> {call.notes}
                </p>
              )}
              {call.agreedActions && (
                <p>
                  <strong>{nl.placements.agreedActions}:</strong> {call.agreedActions}
                </p>
              )}
              {call.loggedAt && (
                <p className="secondary">{nl.placements.loggedBy(call.loggedByName || call.loggedBy || nl.app.none, formatDateTime(call.loggedAt))}</p>
              )}
              {call.status === 'PLANNED' && (
                <p>
                  <Link to={`/nazorg/gesprekken/${call.id}`} aria-label={`${nl.placements.openCall}: ${callKindText(call)}`}>
                    {nl.placements.openCall}
                  </Link>
                </p>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
