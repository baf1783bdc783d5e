import { Link } from 'react-router';
import { VacancyStatusBadge } from '@/components/StatusBadge';
import type { Vacancy } from '@/lib/api/types';
import { formatHours, formatShortDate } from '@/lib/format';
import { contractTypeLabels, nl, sectorLabels } from '@/lib/i18n/nl';

/** The vacancies of one page: a table on wide screens, cards on phones. */
export function VacancyTable({ vacancies }: { vacancies: Vacancy[] }) {
  const c = nl.vacancies.columns;
  return (
    <table className="rtable" role="table">
      <caption className="visually-hidden">{nl.vacancies.title}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">{c.title}</th>
          <th role="columnheader" scope="col">{c.employer}</th>
          <th role="columnheader" scope="col">{c.hours}</th>
          <th role="columnheader" scope="col">{c.startDate}</th>
          <th role="columnheader" scope="col">{c.status}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {vacancies.map((v) => (
          <tr role="row" key={v.id}>
            <td role="cell" className="rtable-primary" data-label={c.title}>
              <Link to={`/vacatures/${v.id}`}>{v.title}</Link>
              <span className="secondary">
                {sectorLabels[v.sector]} · {contractTypeLabels[v.contractType]}
              </span>
            </td>
            <td role="cell" data-label={c.employer}>{v.employerName}</td>
            <td role="cell" data-label={c.hours}>{formatHours(v.hoursPerWeekMin, v.hoursPerWeekMax)}</td>
            <td role="cell" data-label={c.startDate}>{formatShortDate(v.startDate)}</td>
            <td role="cell" data-label={c.status}>
              <VacancyStatusBadge status={v.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
