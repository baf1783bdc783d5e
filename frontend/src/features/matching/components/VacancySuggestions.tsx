import { useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { VacancySuggestion } from '@/lib/api/types';
import { formatDate, formatHours } from '@/lib/format';
import { contractTypeLabels, matchStatusLabels, nl, sectorLabels } from '@/lib/i18n/nl';
import { useCandidateSuggestions } from '../hooks/use-suggestions';
import { MatchBreakdownView, MatchGaps } from './MatchBreakdownView';
import { ScoreMeter } from './ScoreMeter';
import { SUGGESTIONS_PAGE } from './CandidateSuggestions';

const SUGGESTIONS_MAX = 100;

/** One open vacancy that fits the candidate: score, gaps, breakdown, a link to the vacancy. */
export function VacancySuggestionCard({ suggestion, rank }: { suggestion: VacancySuggestion; rank: number }) {
  const { vacancy, score, breakdown, matchStatus } = suggestion;
  const headingId = `vacancy-suggestion-${vacancy.id}`;
  const f = nl.vacancies.fields;
  return (
    <article className="card suggestion" aria-labelledby={headingId}>
      <div className="card-header">
        <h3 className="card-title" id={headingId}>
          <span className="visually-hidden">{nl.matching.rank(rank)}</span>{' '}
          <Link to={`/vacatures/${vacancy.id}`}>{vacancy.title}</Link>
        </h3>
        <ScoreMeter score={score} label={`${nl.matching.score} ${vacancy.title}`} />
      </div>
      <p className="card-meta">
        {vacancy.employerName}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, {f.sector} </span>
        {sectorLabels[vacancy.sector]}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, {f.postcode} </span>
        {vacancy.postcode}
      </p>
      <dl className="card-facts">
        <div>
          <dt>{f.hours}</dt>
          <dd>{formatHours(vacancy.hoursPerWeekMin, vacancy.hoursPerWeekMax)}</dd>
        </div>
        <div>
          <dt>{f.contractType}</dt>
          <dd>{contractTypeLabels[vacancy.contractType]}</dd>
        </div>
        <div>
          <dt>{f.startDate}</dt>
          <dd>{formatDate(vacancy.startDate)}</dd>
        </div>
      </dl>
      <MatchGaps breakdown={breakdown} />
      <MatchBreakdownView breakdown={breakdown} />
      {matchStatus && <p className="pipeline-mark">{nl.matching.inPipeline(matchStatusLabels[matchStatus])}</p>}
    </article>
  );
}

/** "Passende vacatures" on a candidate's profile (consultants): GET /api/candidates/{id}/suggestions. */
export function VacancySuggestionsSection({ candidateId }: { candidateId: string }) {
  const [limit, setLimit] = useState(SUGGESTIONS_PAGE);
  const suggestions = useCandidateSuggestions(candidateId, { limit });
  const items = suggestions.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="vacancy-suggestions-heading">
      <h2 id="vacancy-suggestions-heading">{nl.matching.vacancySuggestionsTitle}</h2>
      <p>{nl.matching.vacancySuggestionsIntro}</p>
      <ProblemAlert error={suggestions.error} />
      {suggestions.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        !suggestions.isError && <p>{nl.matching.noVacancySuggestions}</p>
      ) : (
        <>
          <ol className="card-list suggestion-list" aria-labelledby="vacancy-suggestions-heading">
            {items.map((s, i) => (
              <li key={s.vacancy.id}>
                <VacancySuggestionCard suggestion={s} rank={i + 1} />
              </li>
            ))}
          </ol>
          {items.length >= limit && limit < SUGGESTIONS_MAX && (
            <button
              type="button"
              className="button button--secondary"
              disabled={suggestions.isFetching}
              onClick={() => setLimit((l) => Math.min(SUGGESTIONS_MAX, l + SUGGESTIONS_PAGE * 2))}
            >
              {nl.matching.showMoreVacancies}
            </button>
          )}
        </>
      )}
    </section>
  );
}
