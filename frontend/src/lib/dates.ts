// Calendar-day arithmetic on ISO dates (`2026-03-01`), in Dutch time, for due dates and
// "today" filters. Days are counted in UTC so daylight-saving changes never shift them.
const TIME_ZONE = 'Europe/Amsterdam';
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY_MS = 86_400_000;

/** Today in the Netherlands, as `2026-03-01` (the API's dates are Dutch calendar days). */
export function todayIso(now: Date = new Date()): string {
  return isoDayFormat.format(now);
}

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** `2026-03-01` plus n days (n may be negative). */
export function addDays(iso: string, days: number): string {
  return new Date(utcDay(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}
