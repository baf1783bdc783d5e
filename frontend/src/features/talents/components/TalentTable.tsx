import { Link } from 'react-router';
import { TalentStatusBadge } from '@/components/StatusBadge';
import type { Talent } from '@/lib/api/types';
import { nl, talentCategoryLabels } from '@/lib/i18n/nl';

/** One page of talents: a table on wide screens, cards on phones. */
export function TalentTable({ talents }: { talents: readonly Talent[] }) {
  const c = nl.talents.columns;
  return (
    <table className="rtable" role="table">
      <caption className="visually-hidden">{nl.talents.title}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">{c.label}</th>
          <th role="columnheader" scope="col">{c.code}</th>
          <th role="columnheader" scope="col">{c.category}</th>
          <th role="columnheader" scope="col">{c.status}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {talents.map((t) => (
          <tr role="row" key={t.code}>
            <td role="cell" className="rtable-primary" data-label={c.label}>
              <Link to={`/talenten/${encodeURIComponent(t.code)}`}>{t.labelNl}</Link>
              <span className="secondary" lang="en">
                {t.labelEn}
              </span>
            </td>
            <td role="cell" data-label={c.code}>
              <code>{t.code}</code>
            </td>
            <td role="cell" data-label={c.category}>{talentCategoryLabels[t.category]}</td>
            <td role="cell" data-label={c.status}>
              <TalentStatusBadge retired={t.retired} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
