import { Link } from 'react-router';
import { CallStatusBadge, OutcomeBadge } from '@/components/aftercare/Badges';
import { DetailList, type DetailItem } from '@/components/DetailList';
import type { FollowUpCall } from '@/lib/api/types';
import { formatDate, formatDateTime } from '@/lib/format';
import { contactWithLabels, nl } from '@/lib/i18n/nl';
import { PhoneLink } from './CallCard';

/** The call's people, phone buttons and — once logged — what was recorded. */
export function CallInfo({ call }: { call: FollowUpCall }) {
  const a = nl.aftercare;
  const items: DetailItem[] = [
    { label: a.candidate, value: call.candidateName },
    { label: a.employer, value: call.employerName },
  ];
  if (call.employerContactPerson) items.push({ label: a.contactPerson, value: call.employerContactPerson });
  items.push(
    { label: a.job, value: call.vacancyTitle },
    { label: a.due, value: formatDate(call.dueDate) },
    {
      label: a.status,
      value: (
        <>
          <CallStatusBadge status={call.status} />
          {call.overdue && (
            <>
              {' '}
              <span className="badge badge--danger">{a.overdue}</span>
            </>
          )}
        </>
      ),
    },
  );
  if (call.outcome) items.push({ label: a.outcome, value: <OutcomeBadge outcome={call.outcome} /> });
  if (call.contactWith) items.push({ label: a.contactWith, value: contactWithLabels[call.contactWith] });
  if (call.notes) items.push({ label: a.notes, value: call.notes });
  if (call.agreedActions) items.push({ label: a.agreedActions, value: call.agreedActions });
  if (call.loggedAt) {
    items.push({
      label: a.loggedLabel,
      value: nl.placements.loggedBy(call.loggedByName || call.loggedBy || nl.app.none, formatDateTime(call.loggedAt)),
    });
  }
  return (
    <section className="section" aria-labelledby="call-details">
      <h2 id="call-details">{a.callDetails}</h2>
      {call.status === 'PLANNED' && (
        <div className="call-card-actions">
          <PhoneLink phone={call.candidatePhone} label={a.callCandidate(call.candidateName)} />
          <PhoneLink phone={call.employerPhone} label={a.callEmployer(call.employerContactPerson || call.employerName)} />
        </div>
      )}
      <DetailList items={items} />
      <p>
        <Link to={`/plaatsingen/${call.placementId}`}>{a.toPlacement}</Link>
      </p>
    </section>
  );
}
