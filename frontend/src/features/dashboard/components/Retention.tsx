import { useId } from 'react';
import type { StatsRetention } from '@/lib/api/types';
import { formatNumber, formatPercent } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

const t = nl.dashboard.retention;

/** Retention after 1, 3 and 6 months, one tile each. */
export function Retention({ retention }: { retention: StatsRetention[] }) {
  const headingId = useId();
  const rows = [...retention].sort((a, b) => a.months - b.months);
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p>{t.intro}</p>
      <ul className="tiles">
        {rows.map((r) => (
          <li key={r.months} className="tile">
            <h3 className="tile-title">{t.after(r.months)}</h3>
            <p className="tile-value">
              {r.eligible === 0
                ? nl.dashboard.noData
                : t.value(formatPercent(r.ratio), formatNumber(r.retained), formatNumber(r.eligible))}
            </p>
            {r.eligible === 0 && <p className="tile-hint">{t.noneEligible}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
