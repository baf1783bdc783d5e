import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Stats } from '@/lib/api/types';
import { formatNumber, formatPercent } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

const t = nl.dashboard.figures;

function Tile({ title, value, children }: { title: string; value: string; children?: ReactNode }) {
  return (
    <li className="tile">
      <h3 className="tile-title">{title}</h3>
      <p className="tile-value">{value}</p>
      {children}
    </li>
  );
}

export interface KeyFiguresProps {
  stats: Stats;
  /** Whether to link to the placements list (the API answers admins 403 there). */
  linkToPlacements: boolean;
}

/** The key figures as tiles (a grid on wide screens, stacked on a phone). */
export function KeyFigures({ stats, linkToPlacements }: KeyFiguresProps) {
  const headingId = useId();
  const { aftercareOnTime: aftercare } = stats;
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <ul className="tiles">
        <Tile title={t.openVacancies} value={formatNumber(stats.vacancies.open)}>
          <p className="tile-hint">{t.vacanciesNow}</p>
        </Tile>
        <Tile title={t.filledVacancies} value={formatNumber(stats.vacancies.filled)}>
          <p className="tile-hint">{t.vacanciesNow}</p>
        </Tile>
        <Tile
          title={t.medianDays}
          value={
            stats.medianDaysToPlacement === undefined
              ? nl.dashboard.noData
              : t.medianDaysValue(formatNumber(stats.medianDaysToPlacement))
          }
        >
          <p className="tile-hint">{t.medianDaysHint}</p>
        </Tile>
        <Tile
          title={t.aftercare}
          value={
            aftercare.due === 0
              ? nl.dashboard.noData
              : t.aftercareValue(formatPercent(aftercare.ratio), formatNumber(aftercare.onTime), formatNumber(aftercare.due))
          }
        >
          <p className="tile-hint">{t.aftercareHint}</p>
        </Tile>
        <Tile title={t.atRisk} value={formatNumber(stats.atRisk)}>
          {linkToPlacements && (
            <p>
              {/* The placements list keeps its filters in Dutch URL parameters. */}
              <Link to="/plaatsingen?risico=ja">{t.atRiskLink}</Link>
            </p>
          )}
        </Tile>
        <Tile title={t.unreachable} value={formatNumber(stats.unreachable)}>
          <p className="tile-hint">{t.unreachableHint}</p>
        </Tile>
      </ul>
    </section>
  );
}
