import type { FollowUpCall } from '@/lib/api/types';
import { followUpKindLabels, nl } from '@/lib/i18n/nl';

/** "Eerste werkdag", or "Eerste werkdag (2e poging)" for a retry. */
export function callKindText(call: Pick<FollowUpCall, 'kind' | 'attempt'>): string {
  const kind = followUpKindLabels[call.kind];
  return call.attempt > 1 ? `${kind} (${nl.placements.attempt(call.attempt)})` : kind;
}
