import type { FollowUpCall, FollowUpKind } from '@/lib/api/types';
import { daysBetween } from '@/lib/dates';

const KIND_ORDER: readonly FollowUpKind[] = ['FIRST_DAY', 'FIRST_WEEK', 'FIRST_MONTH', 'BEFORE_CONTRACT_END', 'AD_HOC'];

/** Days a planned call is past its due date (0 when due today or later). */
export function daysOverdue(call: Pick<FollowUpCall, 'dueDate'>, today: string): number {
  return Math.max(0, daysBetween(call.dueDate, today));
}

/**
 * The "Vandaag" order: overdue calls first, the longest overdue at the top, then today's;
 * on the same day by the schedule's order (first day before first week). The API already
 * sorts by due date; this keeps the order right whatever it sends.
 */
export function orderForToday<T extends Pick<FollowUpCall, 'dueDate' | 'kind' | 'attempt'>>(calls: readonly T[], today: string): T[] {
  return [...calls]
    .filter((c) => c.dueDate <= today)
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        b.attempt - a.attempt,
    );
}

/** `06 12345678` → `tel:0612345678` (tel: links want digits and an optional +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
