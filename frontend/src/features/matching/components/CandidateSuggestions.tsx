import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem } from '@/lib/api/problem';
import type { CandidateSuggestion } from '@/lib/api/types';
import { formatDate, formatHours } from '@/lib/format';
import { matchStatusLabels, nl } from '@/lib/i18n/nl';
import { useCreateMatch } from '../hooks/use-match-mutations';
import { useVacancySuggestions } from '../hooks/use-suggestions';
import { MatchBreakdownView, MatchGaps } from './MatchBreakdownView';
import { ScoreMeter } from './ScoreMeter';

export const SUGGESTIONS_PAGE = 20;
const SUGGESTIONS_MAX = 100;

export interface CandidateSuggestionCardProps {
  suggestion: CandidateSuggestion;
  rank: number;
  /** Whether this vacancy takes new matches (only OPEN ones do). */
  canAdd: boolean;
  adding: boolean;
  onAdd: () => void;
}

export function suggestionCardId(candidateId: string): string {
  return `suggestion-${candidateId}`;
}

/** One ranked candidate: score, gaps, factor breakdown, and either the pipeline mark or the add button. */
export function CandidateSuggestionCard({ suggestion, rank, canAdd, adding, onAdd }: CandidateSuggestionCardProps) {
  const { candidate, score, breakdown, matchStatus } = suggestion;
  const name = `${candidate.firstName} ${candidate.lastName}`;
  const headingId = `${suggestionCardId(candidate.id)}-name`;
  const f = nl.candidates.fields;
  return (
    <article className="card suggestion" id={suggestionCardId(candidate.id)} aria-labelledby={headingId} tabIndex={-1}>
      <div className="card-header">
        <h3 className="card-title" id={headingId}>
          <span className="visually-hidden">{nl.matching.rank(rank)}</span>{' '}
          <Link to={`/kandidaten/${candidate.id}`}>{name}</Link>
        </h3>
        <ScoreMeter score={score} label={`${nl.matching.score} ${name}`} />
      </div>
      <p className="card-meta">
        {candidate.municipalityName}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, {f.postcodeArea} </span>
        {candidate.postcodeArea}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, {f.hours} </span>
        {formatHours(candidate.hoursPerWeekMin, candidate.hoursPerWeekMax)}
        <span aria-hidden="true"> · </span>
        <span>
          {f.availableFrom} {formatDate(candidate.availableFrom, nl.candidates.availableNow)}
        </span>
      </p>
      <MatchGaps breakdown={breakdown} />
      <MatchBreakdownView breakdown={breakdown} />
      <div className="card-actions">
        {matchStatus ? (
          <p className="pipeline-mark">{nl.matching.inPipeline(matchStatusLabels[matchStatus])}</p>
        ) : (
          canAdd && (
            <button
              type="button"
              className="button button--primary"
              disabled={adding}
              onClick={onAdd}
              // Which candidate, for lists of buttons read out of context; the visible text comes first (label in name).
              aria-label={adding ? undefined : nl.matching.addToPipelineFor(name)}
            >
              {adding ? nl.matching.adding : nl.matching.addToPipeline}
            </button>
          )
        )}
      </div>
    </article>
  );
}

export interface CandidateSuggestionsSectionProps {
  vacancyId: string;
  /** Only an OPEN vacancy takes new matches (the API answers 409 vacancy-not-open). */
  vacancyOpen: boolean;
}

/** "Passende kandidaten" on a vacancy: ranked suggestions; "Toevoegen aan pipeline" starts a match. */
export function CandidateSuggestionsSection({ vacancyId, vacancyOpen }: CandidateSuggestionsSectionProps) {
  const [limit, setLimit] = useState(SUGGESTIONS_PAGE);
  const suggestions = useVacancySuggestions(vacancyId, { limit });
  const create = useCreateMatch();
  const [addingId, setAddingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRefetch = useRef<string | null>(null);

  // The add button disappears once the suggestion is marked, so keep the keyboard focus on its card.
  useEffect(() => {
    const id = focusAfterRefetch.current;
    if (!id || suggestions.isFetching) return;
    focusAfterRefetch.current = null;
    document.getElementById(suggestionCardId(id))?.focus();
  }, [suggestions.isFetching, suggestions.data]);

  const items = suggestions.data?.items ?? [];
  const add = (suggestion: CandidateSuggestion) => {
    const name = `${suggestion.candidate.firstName} ${suggestion.candidate.lastName}`;
    setAddingId(suggestion.candidate.id);
    setAnnouncement('');
    create.mutate(
      { vacancyId, candidateId: suggestion.candidate.id },
      {
        onSuccess: () => {
          setAnnouncement(nl.matching.added(name));
          focusAfterRefetch.current = suggestion.candidate.id;
        },
        onSettled: () => setAddingId(null),
      },
    );
  };

  return (
    <section className="section" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{nl.matching.suggestionsTitle}</h2>
      <p>{nl.matching.suggestionsIntro}</p>
      {!vacancyOpen && <p className="alert alert--info">{nl.matching.suggestionsNotOpen}</p>}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ProblemAlert
        error={create.error}
        otherViolations={isApiProblem(create.error) ? create.error.violations : undefined}
        reloadStatuses={[409]}
        reloadLabel={nl.matching.suggestionsRefresh}
        onReload={() => {
          create.reset();
          void suggestions.refetch();
        }}
      />
      <ProblemAlert error={suggestions.error} />
      {suggestions.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        !suggestions.isError && <p>{nl.matching.noSuggestions}</p>
      ) : (
        <>
          <ol className="card-list suggestion-list" aria-labelledby="suggestions-heading">
            {items.map((s, i) => (
              <li key={s.candidate.id}>
                <CandidateSuggestionCard
                  suggestion={s}
                  rank={i + 1}
                  canAdd={vacancyOpen}
                  adding={addingId === s.candidate.id}
                  onAdd={() => add(s)}
                />
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
              {nl.matching.showMore}
            </button>
          )}
        </>
      )}
    </section>
  );
}
