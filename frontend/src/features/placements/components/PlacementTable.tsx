import { Link } from 'react-router';
import { AttentionBadges, PlacementStatusBadge } from '@/components/aftercare/Badges';
import type { Placement } from '@/lib/api/types';
import { formatShortDate } from '@/lib/format';
import { followUpKindLabels, nl } from '@/lib/i18n/nl';

/** A page of placements: a table on wide screens, cards on phones; attention badges next to the name. */
export function PlacementTable({ placements }: { placements: Placement[] }) {
  const c = nl.placements.columns;
  return (
    <table className="rtable" role="table">
      <caption className="visually-hidden">{nl.placements.title}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">{c.candidate}</th>
          <th role="columnheader" scope="col">{c.job}</th>
          <th role="columnheader" scope="col">{c.startDate}</th>
          <th role="columnheader" scope="col">{c.jobcoach}</th>
          <th role="columnheader" scope="col">{c.status}</th>
          <th role="columnheader" scope="col">{c.nextCall}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {placements.map((p) => (
          <tr role="row" key={p.id} data-attention={p.atRisk || p.unreachable ? 'true' : undefined}>
            <td role="cell" className="rtable-primary" data-label={c.candidate}>
              <Link to={`/plaatsingen/${p.id}`}>{p.candidateName}</Link>
              {(p.atRisk || p.unreachable) && (
                <span className="secondary">
                  <AttentionBadges atRisk={p.atRisk} unreachable={p.unreachable} />
                </span>
              )}
            </td>
            <td role="cell" data-label={c.job}>
              {p.vacancyTitle}
              <span className="secondary">{p.employerName}</span>
            </td>
            <td role="cell" data-label={c.startDate}>{formatShortDate(p.startDate)}</td>
            <td role="cell" data-label={c.jobcoach}>{p.jobcoachName || p.jobcoach}</td>
            <td role="cell" data-label={c.status}>
              <PlacementStatusBadge status={p.status} />
            </td>
            <td role="cell" data-label={c.nextCall}>
              {p.nextCall
                ? `${followUpKindLabels[p.nextCall.kind]}, ${formatShortDate(p.nextCall.dueDate)}`
                : nl.placements.noNextCall}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
