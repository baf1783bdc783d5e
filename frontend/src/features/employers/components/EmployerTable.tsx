import { Link } from 'react-router';
import { EmployerStatusBadge } from '@/components/StatusBadge';
import type { Employer } from '@/lib/api/types';
import { nl, sectorLabels } from '@/lib/i18n/nl';

/** The employers of one page: a table on wide screens, cards on phones. */
export function EmployerTable({ employers }: { employers: Employer[] }) {
  const c = nl.employers.columns;
  return (
    <table className="rtable" role="table">
      <caption className="visually-hidden">{nl.employers.title}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">{c.name}</th>
          <th role="columnheader" scope="col">{c.kvkNumber}</th>
          <th role="columnheader" scope="col">{c.sector}</th>
          <th role="columnheader" scope="col">{c.municipality}</th>
          <th role="columnheader" scope="col">{c.status}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {employers.map((e) => (
          <tr role="row" key={e.id}>
            <td role="cell" className="rtable-primary" data-label={c.name}>
              <Link to={`/werkgevers/${e.id}`}>{e.name}</Link>
            </td>
            <td role="cell" data-label={c.kvkNumber}>{e.kvkNumber}</td>
            <td role="cell" data-label={c.sector}>{sectorLabels[e.sector]}</td>
            <td role="cell" data-label={c.municipality}>{e.municipalityName ?? e.municipalityCode}</td>
            <td role="cell" data-label={c.status}>
              <EmployerStatusBadge status={e.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
