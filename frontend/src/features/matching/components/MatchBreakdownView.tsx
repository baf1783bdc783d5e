import type { MatchBreakdown, TalentRequirementFit } from '@/lib/api/types';
import { nl } from '@/lib/i18n/nl';
import { factorRows, gapText } from '../utils/breakdown';

/** Gaps first and prominent: they are what a consultant has to discuss with the employer. */
export function MatchGaps({ breakdown }: { breakdown: MatchBreakdown }) {
  const gaps = breakdown.gaps ?? [];
  if (gaps.length === 0) return <p className="gaps gaps--none">{nl.matching.noGaps}</p>;
  return (
    <div className="gaps">
      <p className="gaps-title">{nl.matching.gaps}</p>
      <ul className="gaps-list">
        {gaps.map((gap, i) => (
          <li key={`${gap.kind}-${gap.talentCode ?? i}`}>{gapText(gap)}</li>
        ))}
      </ul>
    </div>
  );
}

function TalentFitList({ title, fits }: { title: string; fits: readonly TalentRequirementFit[] }) {
  if (fits.length === 0) return null;
  return (
    <div className="talent-fit">
      <p className="talent-fit-title">{title}</p>
      <ul className="talent-fit-list">
        {fits.map((fit) => (
          <li key={fit.code}>
            <span className={fit.met ? 'fit fit--met' : 'fit fit--unmet'}>
              <span aria-hidden="true">{fit.met ? '✓ ' : '✗ '}</span>
              {fit.met ? nl.matching.met : nl.matching.notMet}
            </span>{' '}
            <span className="talent-name">{fit.labelNl}</span>
            <span className="talent-fit-level"> – {nl.matching.fitLevel(fit.minLevel, fit.level)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every factor's points as text ("Talenten 41,7 / 50") with its reason, and the talents met or not. */
export function MatchBreakdownView({ breakdown }: { breakdown: MatchBreakdown }) {
  const rows = factorRows(breakdown);
  return (
    <div className="breakdown">
      <p className="breakdown-title">{nl.matching.breakdown}</p>
      <dl className="factor-list">
        {rows.map((row) => (
          <div key={row.key} className={row.applicable ? 'factor' : 'factor factor--na'}>
            <dt>{row.label}</dt>
            <dd>
              <span className="factor-points">{row.pointsText}</span>
              {row.detail && <span className="factor-detail"> ({row.detail})</span>}
            </dd>
          </div>
        ))}
      </dl>
      <TalentFitList title={nl.matching.mustHaves} fits={breakdown.talents.mustHaves ?? []} />
      <TalentFitList title={nl.matching.niceToHaves} fits={breakdown.talents.niceToHaves ?? []} />
    </div>
  );
}
