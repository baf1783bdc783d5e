import { api, expectData } from '@/lib/api/client';
import { isApiProblem } from '@/lib/api/problem';

// docs/api.md "Calendar feed". Written by hand until the endpoints are in openapi.yaml;
// then this becomes an alias of the generated schema.
export interface CalendarFeed {
  /**
   * The secret iCalendar URL (`…/calendar/{token}.ics`). Only the answer to POST has it:
   * the backend keeps just the token's hash, so GET can say that a link exists, not which.
   */
  url?: string;
  createdAt: string;
}

type UntypedCall = (path: string, init?: object) => Promise<{ data?: unknown; response: Response }>;
// The shared client (token, Accept-Language, problems), on paths the generated types do not know yet.
const client = api as unknown as { GET: UntypedCall; POST: UntypedCall; DELETE: UntypedCall };

/** GET /api/calendar-feed (`createdAt` only); null when the jobcoach has no link (404). */
export async function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeed | null> {
  try {
    return expectData(await client.GET('/api/calendar-feed', { signal })) as CalendarFeed;
  } catch (error) {
    if (isApiProblem(error) && error.status === 404) return null;
    throw error;
  }
}

/** POST /api/calendar-feed: a new secret URL; the previous one (if any) stops working. */
export async function createCalendarFeed(): Promise<CalendarFeed> {
  return expectData(await client.POST('/api/calendar-feed')) as CalendarFeed;
}

/** DELETE /api/calendar-feed (204): the link stops working. */
export async function revokeCalendarFeed(): Promise<void> {
  await client.DELETE('/api/calendar-feed');
}
