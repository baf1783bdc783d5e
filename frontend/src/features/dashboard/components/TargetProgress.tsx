import { useId } from 'react';
import type { StatsTarget } from '@/lib/api/types';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

const t = nl.dashboard.target;

const share = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.max(0, (part / whole) * 100)) : 0);

/**
 * Placed so far against the target of the target period, with where we would be by now
 * at an even pace. The bar is decoration: the sentences next to it say the same.
 */
export function TargetProgress({ target }: { target: StatsTarget }) {
  const headingId = useId();
  const difference = target.expectedByNow - target.placed;
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p className="target-period">{t.period(formatDate(target.periodStart), formatDate(target.periodEnd))}</p>
      <p className="target-value">
        {t.value(formatNumber(target.placed), formatNumber(target.target), formatPercent(target.ratio))}
      </p>
      <div className="progress" aria-hidden="true">
        <div className="progress-fill" style={{ width: `${share(target.placed, target.target)}%` }} />
        <div className="progress-expected" style={{ left: `${share(target.expectedByNow, target.target)}%` }} />
      </div>
      <p>
        {t.expected(formatNumber(target.expectedByNow))}.{' '}
        {difference > 0 ? t.behind(formatNumber(difference)) : difference < 0 ? t.ahead : t.onTrack}
      </p>
      <p className="progress-legend" aria-hidden="true">
        <span className="progress-legend-item progress-legend-item--placed">{t.legendPlaced}</span>
        <span className="progress-legend-item progress-legend-item--expected">{t.legendExpected}</span>
      </p>
    </section>
  );
}
