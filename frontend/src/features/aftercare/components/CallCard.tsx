import { Link } from 'react-router';
import { callKindText } from '@/components/aftercare/call-text';
import type { FollowUpCall } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';
import { daysOverdue, telHref } from '../utils/today';

/** A phone number as a big tap target, or a quiet note when there is none. */
export function PhoneLink({ phone, label }: { phone: string | null | undefined; label: string }) {
  if (!phone) return null;
  return (
    <a className="button button--secondary button--tap" href={telHref(phone)}>
      <span>{label}</span>
      <span className="phone-number">{phone}</span>
    </a>
  );
}

/** One call on "Vandaag"/"Binnenkort": who, where, what kind, when (and how late), call buttons and "Vastleggen". */
export function CallCard({ call, today }: { call: FollowUpCall; today: string }) {
  const headingId = `call-card-${call.id}`;
  const late = daysOverdue(call, today);
  const kind = callKindText(call);
  return (
    <article className={`card call-card${late > 0 ? ' call-card--overdue' : ''}`} aria-labelledby={headingId}>
      <div className="card-header">
        <h3 id={headingId} className="card-title">
          {call.candidateName}
        </h3>
        {late > 0 && <span className="badge badge--danger">{nl.aftercare.daysOverdue(late)}</span>}
      </div>
      <p className="call-card-kind">
        <strong>{kind}</strong> · {nl.aftercare.due} {formatDate(call.dueDate)}
      </p>
      <p className="call-card-where">
        {call.employerName} · {call.vacancyTitle}
      </p>
      <div className="call-card-actions">
        <PhoneLink phone={call.candidatePhone} label={nl.aftercare.callCandidate(call.candidateName)} />
        <PhoneLink phone={call.employerPhone} label={nl.aftercare.callEmployer(call.employerContactPerson || call.employerName)} />
        <Link
          className="button button--primary button--tap"
          to={`/nazorg/gesprekken/${call.id}`}
          aria-label={nl.aftercare.logFor(kind, call.candidateName)}
        >
          {nl.aftercare.log}
        </Link>
      </div>
    </article>
  );
}
