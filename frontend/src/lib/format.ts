// Formatting for display, always Dutch (nl-NL) and in Dutch time.
const LOCALE = 'nl-NL';
const TIME_ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });
const shortDateFormat = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const numberFormat = new Intl.NumberFormat(LOCALE);

/** Parses an ISO calendar date (`2026-03-01`) as that day, independent of the browser's time zone. */
function parseIsoDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `2026-03-01` → `1 maart 2026`; empty → the given fallback. */
export function formatDate(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const date = parseIsoDate(value);
  return date ? dateFormat.format(date) : value;
}

/** `2026-03-01` → `01-03-2026` (compact, for tables). */
export function formatShortDate(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const date = parseIsoDate(value);
  return date ? shortDateFormat.format(date) : value;
}

/** A UTC timestamp (`2026-03-01T09:15:00Z`) in Dutch time: `1 mrt 2026, 10:15`. */
export function formatDateTime(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** `1234.5` → `1.234,5`. */
export function formatNumber(value: number | null | undefined, fallback = '—'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return fallback;
  return numberFormat.format(value);
}

const moneyFormat = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR' });
const amountFormat = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `250` → `€ 250,00`. */
export function formatMoney(value: number | null | undefined, fallback = '—'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return fallback;
  return moneyFormat.format(value);
}

/** `1250` → `1.250,00`: an amount as it is typed into a Dutch form field. */
export function formatAmountInput(value: number): string {
  return amountFormat.format(value);
}

/**
 * What someone types as an amount in euros (`250`, `250,5`, `1.250,00`, `€ 12,50`) → the
 * number, or null when it is not an amount with at most two decimals. A comma is the
 * decimal separator and dots group thousands, as in Dutch.
 */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/€/g, '').replace(/\s/g, '');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Hours per week: `24–32 uur`, or `32 uur` when minimum and maximum are equal. */
export function formatHours(min: number | null | undefined, max: number | null | undefined, fallback = '—'): string {
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax) {
    return min === max ? `${formatNumber(min)} uur` : `${formatNumber(min)}–${formatNumber(max)} uur`;
  }
  if (hasMin) return `${formatNumber(min)} uur`;
  if (hasMax) return `${formatNumber(max)} uur`;
  return fallback;
}

/**
 * A calendar day (`2026-03-01`) → the instant it starts in the user's time zone, as an
 * ISO timestamp for "changed since" filters; undefined for anything else.
 */
export function startOfDayInstant(date: string | null | undefined): string | undefined {
  if (!date) return undefined;
  const day = parseIsoDate(date);
  return day ? day.toISOString() : undefined;
}

// --- Dashboard figures (issue 5) -----------------------------------------------------------

const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric' });
const longMonthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric' });
const wholeNumberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

function parseIsoMonth(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, 1);
}

/** `2026-03` → `mrt 2026` (chart axes, tables); an unknown format stays as it is. */
export function formatMonth(value: string): string {
  const date = parseIsoMonth(value);
  return date ? monthFormat.format(date) : value;
}

/** `2026-03` → `maart 2026` (where there is room, and for screen readers). */
export function formatLongMonth(value: string): string {
  const date = parseIsoMonth(value);
  return date ? longMonthFormat.format(date) : value;
}

/**
 * A ratio 0..1 as a whole Dutch percentage with a non-breaking space: `0.78` → `78 %`
 * (the space as in the Dutch style the dashboard uses; non-breaking so it never wraps
 * away from the number). Null/undefined (no data) → the fallback.
 */
export function formatPercent(ratio: number | null | undefined, fallback = '—'): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return fallback;
  return `${wholeNumberFormat.format(ratio * 100)}\u00a0%`;
}
