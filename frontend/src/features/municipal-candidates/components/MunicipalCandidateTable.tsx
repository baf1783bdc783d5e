import { Link } from 'react-router';
import { CandidateStatusBadge } from '@/components/StatusBadge';
import type { MunicipalCandidate } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

export function municipalCandidatePath(clientNumber: string): string {
  return `/onze-kandidaten/${encodeURIComponent(clientNumber)}`;
}

/** The municipality's own candidates: a table on wide screens, cards on phones. */
export function MunicipalCandidateTable({ candidates }: { candidates: readonly MunicipalCandidate[] }) {
  const c = nl.municipalCandidates.columns;
  return (
    <table className="rtable" role="table">
      <caption className="visually-hidden">{nl.municipalCandidates.title}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">{c.name}</th>
          <th role="columnheader" scope="col">{c.clientNumber}</th>
          <th role="columnheader" scope="col">{c.status}</th>
          <th role="columnheader" scope="col">{c.consent}</th>
          <th role="columnheader" scope="col">{c.updatedAt}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {candidates.map((candidate) => (
          <tr role="row" key={candidate.id}>
            <td role="cell" className="rtable-primary" data-label={c.name}>
              <Link to={municipalCandidatePath(candidate.clientNumber)}>
                {candidate.firstName} {candidate.lastName}
              </Link>
            </td>
            <td role="cell" data-label={c.clientNumber}>{candidate.clientNumber}</td>
            <td role="cell" data-label={c.status}>
              <CandidateStatusBadge status={candidate.status} />
            </td>
            <td role="cell" data-label={c.consent}>
              {candidate.consent ? nl.municipalCandidates.consentYes : nl.municipalCandidates.consentNo}
            </td>
            <td role="cell" data-label={c.updatedAt}>{formatDateTime(candidate.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
