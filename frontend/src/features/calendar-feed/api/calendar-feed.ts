import { api, expectData } from '@/lib/api/client';
import { isApiProblem } from '@/lib/api/problem';
import type { CalendarFeed } from '@/lib/api/types';

/** GET /api/calendar-feed (`createdAt` only); null when the jobcoach has no link (404). */
export async function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeed | null> {
  try {
    return expectData(await api.GET('/api/calendar-feed', { signal }));
  } catch (error) {
    if (isApiProblem(error) && error.status === 404) return null;
    throw error;
  }
}

/** POST /api/calendar-feed: a new secret URL (the only answer that has it); the previous one stops working. */
export async function createCalendarFeed(): Promise<CalendarFeed> {
  return expectData(await api.POST('/api/calendar-feed'));
}

/** DELETE /api/calendar-feed (204): the link stops working. */
export async function revokeCalendarFeed(): Promise<void> {
  await api.DELETE('/api/calendar-feed');
}
