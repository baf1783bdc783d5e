// Months as `YYYY-MM` strings, in the user's calendar (the dashboard speaks of whole months).

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

export function isoDateOf(date: Date): string {
  return `${monthOf(date)}-${pad(date.getDate())}`;
}

/** `2026-03` plus `n` months (negative goes back). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  return monthOf(new Date(y, m - 1 + n, 1));
}

export interface MonthPeriod {
  from: string;
  to: string;
}

/** The default: the current month and the eleven before it. */
export function defaultPeriod(today: Date): MonthPeriod {
  const current = monthOf(today);
  return { from: addMonths(current, -11), to: current };
}

/** The months offered in the period selector, newest first: this month and the three years before. */
export function monthOptions(today: Date, count = 36): string[] {
  const current = monthOf(today);
  return Array.from({ length: count }, (_, i) => addMonths(current, -i));
}

/**
 * The dates sent to GET /api/stats: the first day of `from` up to the last day of `to`,
 * but never beyond today (the figures are "so far").
 */
export function periodDates(period: MonthPeriod, today: Date): { from: string; to: string } {
  const [y, m] = period.to.split('-').map(Number);
  const lastDay = new Date(y, m, 0);
  const end = lastDay > today ? today : lastDay;
  return { from: `${period.from}-01`, to: isoDateOf(end) };
}
