import { nl } from '@/lib/i18n/nl';

export interface ScoreMeterProps {
  score: number;
  /** Accessible name of the meter; "Score" unless the context needs more. */
  label?: string;
}

/**
 * The score as a number and a bar. The bar is a role=meter with its value as text
 * ("72 van 100"), so nothing depends on the bar's length or colour alone.
 */
export function ScoreMeter({ score, label = nl.matching.score }: ScoreMeterProps) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div className="score">
      <span className="score-number" aria-hidden="true">
        {value}
        <span className="score-max">/100</span>
      </span>
      <div
        className="score-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={nl.matching.scoreOf(value)}
      >
        <span className="score-bar-fill" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
