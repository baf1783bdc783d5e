import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Match, MatchStatus, MatchTransitionRequest } from '@/lib/api/types';
import { useJobcoaches } from '@/lib/jobcoach-options';
import { matchRejectionReasonLabels, matchStatusLabels, matchTransitionLabels, nl } from '@/lib/i18n/nl';
import { useTransitionMatch } from '../hooks/use-match-mutations';
import { useMatches } from '../hooks/use-matches';
import { MATCH_STATUSES, allowedMatchTransitions, transitionForm } from '../utils/transitions';
import { TransitionDialog } from './TransitionDialog';

/** More matches than this on one vacancy is not a board any more; the rest is counted, not hidden silently. */
export const BOARD_SIZE = 100;

export function matchCardId(matchId: string): string {
  return `match-${matchId}`;
}

export interface MatchCardProps {
  match: Match;
  busy: boolean;
  /** Consultants move matches; others see the card only. */
  canMove: boolean;
  /** Forward moves need an OPEN vacancy (409 vacancy-not-open); rejecting and withdrawing do not. */
  vacancyOpen: boolean;
  onMove: (to: MatchStatus) => void;
}

const isExit = (to: MatchStatus) => to === 'REJECTED' || to === 'WITHDRAWN';

/** A match on the board: candidate, score, owner, and one button per legal next status. */
export function MatchCard({ match, busy, canMove, vacancyOpen, onMove }: MatchCardProps) {
  const headingId = `${matchCardId(match.id)}-name`;
  const next = canMove ? allowedMatchTransitions(match.status).filter((to) => vacancyOpen || isExit(to)) : [];
  return (
    <article className="match-card" id={matchCardId(match.id)} aria-labelledby={headingId} tabIndex={-1}>
      <h4 className="match-card-title" id={headingId}>
        <Link to={`/kandidaten/${match.candidateId}`}>{match.candidateName}</Link>
      </h4>
      <dl className="match-card-facts">
        <div>
          <dt>{nl.matching.score}</dt>
          <dd>{nl.matching.scoreOf(match.score)}</dd>
        </div>
        <div>
          <dt>{nl.matching.owner}</dt>
          <dd>{match.ownerName || nl.app.none}</dd>
        </div>
        {match.rejectionReason && (
          <div>
            <dt>{nl.matching.reason}</dt>
            <dd>{matchRejectionReasonLabels[match.rejectionReason]}</dd>
          </div>
        )}
      </dl>
      {match.placementId && (
        <p className="match-card-link">
          <Link to={`/plaatsingen/${match.placementId}`} aria-label={nl.matching.placementOf(match.candidateName)}>
            {nl.matching.placement}
          </Link>
        </p>
      )}
      {next.length > 0 && (
        <div className="match-card-actions" role="group" aria-label={nl.matching.transitionsFor(match.candidateName)}>
          {next.map((to) => (
            <button
              key={to}
              type="button"
              className={`button button--small ${isExit(to) ? 'button--secondary' : 'button--primary'}`}
              disabled={busy}
              onClick={() => onMove(to)}
            >
              {matchTransitionLabels[to]}
            </button>
          ))}
        </div>
      )}
    </article>
  );
}

export interface PipelineBoardProps {
  matches: readonly Match[];
  busyId: string | null;
  canMove: boolean;
  vacancyOpen: boolean;
  onMove: (match: Match, to: MatchStatus) => void;
}

/** One column per status, in pipeline order; on a phone the columns stack. */
export function PipelineBoard({ matches, busyId, canMove, vacancyOpen, onMove }: PipelineBoardProps) {
  return (
    <div className="board">
      {MATCH_STATUSES.map((status) => {
        const inColumn = matches.filter((m) => m.status === status);
        const headingId = `board-${status}`;
        return (
          <section key={status} className="board-column" aria-labelledby={headingId} data-status={status}>
            <h3 id={headingId} className="board-column-title">
              {matchStatusLabels[status]} <span className="board-column-count">({inColumn.length})</span>
            </h3>
            {inColumn.length === 0 ? (
              <p className="board-column-empty">{nl.matching.columnEmpty}</p>
            ) : (
              <ul className="board-cards">
                {inColumn.map((m) => (
                  <li key={m.id}>
                    <MatchCard
                      match={m}
                      busy={busyId === m.id}
                      canMove={canMove}
                      vacancyOpen={vacancyOpen}
                      onMove={(to) => onMove(m, to)}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

export interface PipelineSectionProps {
  vacancyId: string;
  /** Consultants move matches; everyone else who may read them sees the board only. */
  canMove: boolean;
  vacancyOpen: boolean;
  /** The vacancy's hours, prefilled in the contract when placing. */
  hoursPerWeek?: number | null;
}

/** The pipeline of one vacancy (GET /api/matches?vacancyId=) with its transitions and dialogs. */
export function PipelineSection({ vacancyId, canMove, vacancyOpen, hoursPerWeek }: PipelineSectionProps) {
  const matches = useMatches({ vacancyId, size: BOARD_SIZE, sort: 'updatedAt,desc' });
  const transition = useTransitionMatch();
  const [pending, setPending] = useState<{ match: Match; to: MatchStatus } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [placed, setPlaced] = useState<Match | null>(null);
  const jobcoaches = useJobcoaches(pending?.to === 'PLACED');
  const focusAfterRefetch = useRef<string | null>(null);

  // A moved card changes column; follow it with the focus so keyboard users stay on it.
  useEffect(() => {
    const id = focusAfterRefetch.current;
    if (!id || matches.isFetching) return;
    focusAfterRefetch.current = null;
    document.getElementById(matchCardId(id))?.focus();
  }, [matches.isFetching, matches.data]);

  const send = (match: Match, body: MatchTransitionRequest) => {
    setBusyId(match.id);
    setAnnouncement('');
    transition.mutate(
      { match, body },
      {
        onSuccess: ({ data }) => {
          setPending(null);
          setPlaced(data.status === 'PLACED' && data.placementId ? data : null);
          setAnnouncement(nl.matching.moved(data.candidateName, matchStatusLabels[data.status]));
          focusAfterRefetch.current = data.id;
        },
        onSettled: () => setBusyId(null),
      },
    );
  };

  const move = (match: Match, to: MatchStatus) => {
    transition.reset();
    if (transitionForm(to)) setPending({ match, to });
    else send(match, { to });
  };

  const reload = () => {
    transition.reset();
    setPending(null);
    void matches.refetch();
  };

  const items = matches.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">{nl.matching.pipeline}</h2>
      <p>{nl.matching.pipelineIntro}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {placed && (
        <div className="alert alert--success">
          <p>
            {nl.matching.placedText(placed.candidateName)}{' '}
            <Link to={`/plaatsingen/${placed.placementId}`}>{nl.matching.toPlacement}</Link>
          </p>
        </div>
      )}
      {!pending && (
        <ProblemAlert
          error={transition.error}
          staleText={nl.matching.stale}
          reloadStatuses={[409, 412]}
          reloadLabel={nl.matching.refresh}
          onReload={reload}
        />
      )}
      <ProblemAlert error={matches.error} />
      {matches.isPending ? (
        <Loading />
      ) : matches.data ? (
        <>
          {items.length === 0 && <p>{nl.matching.pipelineEmpty}</p>}
          <PipelineBoard matches={items} busyId={busyId} canMove={canMove} vacancyOpen={vacancyOpen} onMove={move} />
          {matches.data.totalItems > items.length && (
            <p>{nl.matching.moreThanShown(items.length, matches.data.totalItems)}</p>
          )}
        </>
      ) : null}
      <TransitionDialog
        to={pending?.to ?? null}
        candidateName={pending?.match.candidateName ?? ''}
        busy={transition.isPending}
        error={pending ? transition.error : null}
        onSubmit={(body) => pending && send(pending.match, body)}
        onCancel={() => {
          transition.reset();
          setPending(null);
        }}
        onReload={reload}
        defaultHoursPerWeek={hoursPerWeek}
        jobcoaches={{ data: jobcoaches.data, loading: jobcoaches.isPending && jobcoaches.fetchStatus !== 'idle', failed: jobcoaches.isError }}
      />
    </section>
  );
}
