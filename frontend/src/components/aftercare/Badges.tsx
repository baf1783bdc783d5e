import { Badge } from '@/components/StatusBadge';
import type { CallOutcome, CallStatus, PlacementStatus } from '@/lib/api/types';
import { callOutcomeLabels, callStatusLabels, nl, placementStatusLabels } from '@/lib/i18n/nl';

// Badges of placements and follow-up calls, shared by the placements and aftercare features.

const placementTones = { ACTIVE: 'success', COMPLETED: 'info', ENDED_EARLY: 'muted' } as const;
const callTones = { PLANNED: 'neutral', DONE: 'success', NOT_REACHED: 'warning', CANCELLED: 'muted' } as const;
const outcomeTones = { GOOD: 'success', CONCERN: 'warning', AT_RISK: 'danger' } as const;

export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
  return <Badge tone={placementTones[status]}>{placementStatusLabels[status]}</Badge>;
}

export function CallStatusBadge({ status }: { status: CallStatus }) {
  return <Badge tone={callTones[status]}>{callStatusLabels[status]}</Badge>;
}

export function OutcomeBadge({ outcome }: { outcome: CallOutcome }) {
  return <span className={`badge badge--${outcomeTones[outcome]}`}>{callOutcomeLabels[outcome]}</span>;
}

/** "Risico" and "Onbereikbaar": what makes a placement need the consultant's attention. */
export function AttentionBadges({ atRisk, unreachable }: { atRisk: boolean; unreachable: boolean }) {
  if (!atRisk && !unreachable) return null;
  return (
    <>
      {atRisk && <span className="badge badge--danger">{nl.placements.atRisk}</span>}
      {atRisk && unreachable && ' '}
      {unreachable && <span className="badge badge--warning">{nl.placements.unreachable}</span>}
    </>
  );
}
