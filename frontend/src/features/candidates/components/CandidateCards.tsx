import { Link, useLocation } from 'react-router';
import { CandidateStatusBadge } from '@/components/StatusBadge';
import { TalentLevel } from '@/components/TalentLevel';
import type { Candidate, CandidateTalent } from '@/lib/api/types';
import { formatDate, formatHours } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

/** How many talents a result card shows. */
export const TOP_TALENTS = 3;

/**
 * The talents a card shows: those the user searched for first, then the highest levels.
 * Returns the shown talents and how many more there are.
 */
export function topTalents(
  talents: readonly CandidateTalent[],
  searched: readonly string[] = [],
  count = TOP_TALENTS,
): { shown: CandidateTalent[]; more: number } {
  const wanted = new Set(searched);
  const sorted = [...talents].sort(
    (a, b) =>
      Number(wanted.has(b.code)) - Number(wanted.has(a.code)) ||
      b.level - a.level ||
      a.labelNl.localeCompare(b.labelNl, 'nl'),
  );
  return { shown: sorted.slice(0, count), more: Math.max(0, sorted.length - count) };
}

export interface CandidateCardsProps {
  candidates: readonly Candidate[];
  /** Talent codes of the current search, shown first on each card. */
  searchedTalents?: readonly string[];
}

/** Search results as cards: name, municipality and postcode area, top talents, hours, availability, status. */
export function CandidateCards({ candidates, searchedTalents = [] }: CandidateCardsProps) {
  const f = nl.candidates.fields;
  // The profile page links back to this search (filters and page).
  const { search } = useLocation();
  return (
    <ul className="card-list" aria-label={nl.candidates.results}>
      {candidates.map((c) => {
        const headingId = `candidate-${c.id}-name`;
        const { shown, more } = topTalents(c.talents ?? [], searchedTalents);
        return (
          <li key={c.id}>
            <article className="card" aria-labelledby={headingId}>
              <div className="card-header">
                <h2 className="card-title" id={headingId}>
                  <Link to={`/kandidaten/${c.id}`} state={{ search }}>
                    {c.firstName} {c.lastName}
                  </Link>
                </h2>
                <CandidateStatusBadge status={c.status} />
              </div>
              <p className="card-meta">
                {c.municipalityName}
                <span aria-hidden="true"> · </span>
                <span className="visually-hidden">, {f.postcodeArea} </span>
                {c.postcodeArea}
              </p>
              <h3 className="visually-hidden">{nl.candidates.topTalents}</h3>
              {shown.length > 0 ? (
                <ul className="card-talents">
                  {shown.map((t) => (
                    <li key={t.code}>
                      <span className="talent-name">{t.labelNl}</span> <TalentLevel level={t.level} compact />
                    </li>
                  ))}
                  {more > 0 && <li className="card-talents-more">{nl.candidates.moreTalents(more)}</li>}
                </ul>
              ) : (
                <p className="card-talents-none">{nl.candidates.noTalents}</p>
              )}
              <dl className="card-facts">
                <div>
                  <dt>{f.hours}</dt>
                  <dd>{formatHours(c.hoursPerWeekMin, c.hoursPerWeekMax)}</dd>
                </div>
                <div>
                  <dt>{f.availableFrom}</dt>
                  <dd>{formatDate(c.availableFrom, nl.candidates.availableNow)}</dd>
                </div>
              </dl>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
