import type { MatchRejectionReason, MatchStatus } from '@/lib/api/types';

/** The pipeline in board order: the open states, then the three final ones. */
export const MATCH_STATUSES: readonly MatchStatus[] = [
  'SUGGESTED',
  'PROPOSED',
  'INTRODUCED',
  'TRIAL',
  'PLACED',
  'REJECTED',
  'WITHDRAWN',
];

/**
 * The legal moves of a match (docs/api.md, "Matches"). The server refuses anything else
 * with 409 illegal-transition; the board only offers these. INTRODUCED → PLACED exists
 * because not every placement starts with a trial.
 */
export const MATCH_TRANSITIONS: Readonly<Record<MatchStatus, readonly MatchStatus[]>> = {
  SUGGESTED: ['PROPOSED', 'REJECTED', 'WITHDRAWN'],
  PROPOSED: ['INTRODUCED', 'REJECTED', 'WITHDRAWN'],
  INTRODUCED: ['TRIAL', 'PLACED', 'REJECTED', 'WITHDRAWN'],
  TRIAL: ['PLACED', 'REJECTED', 'WITHDRAWN'],
  PLACED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

export function allowedMatchTransitions(status: MatchStatus): readonly MatchStatus[] {
  return MATCH_TRANSITIONS[status] ?? [];
}

export function isFinalMatchStatus(status: MatchStatus): boolean {
  return allowedMatchTransitions(status).length === 0;
}

/** Moves that need more than a click: a reason (REJECTED required, WITHDRAWN optional) or the contract (PLACED). */
export type TransitionForm = 'reason' | 'contract' | null;

export function transitionForm(to: MatchStatus): TransitionForm {
  if (to === 'REJECTED' || to === 'WITHDRAWN') return 'reason';
  if (to === 'PLACED') return 'contract';
  return null;
}

export function reasonRequired(to: MatchStatus): boolean {
  return to === 'REJECTED';
}

/** "Andere reden" says nothing by itself, so the server wants a note with it. */
export function noteRequired(reason: MatchRejectionReason | '' | null | undefined): boolean {
  return reason === 'OTHER';
}
