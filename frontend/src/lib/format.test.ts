import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatHours, formatLongMonth, formatMonth, formatNumber, formatPercent, formatShortDate } from './format';

describe('nl-NL formatting', () => {
  it('formats ISO dates as Dutch dates without shifting the day', () => {
    expect(formatDate('2026-03-01')).toBe('1 maart 2026');
    expect(formatDate('2026-12-31')).toBe('31 december 2026');
    expect(formatShortDate('2026-03-01')).toBe('01-03-2026');
  });

  it('shows a dash for a missing date and leaves an unknown format as it is', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate(undefined, 'geen')).toBe('geen');
    expect(formatDate('binnenkort')).toBe('binnenkort');
  });

  it('formats UTC timestamps in Dutch time (CET/CEST)', () => {
    expect(formatDateTime('2026-03-01T09:15:00Z')).toBe('1 mrt 2026, 10:15');
    expect(formatDateTime('2026-07-01T09:15:00Z')).toBe('1 jul 2026, 11:15');
  });

  it('formats numbers with Dutch separators', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(null)).toBe('—');
  });

  it('formats hours per week as a range with an en dash', () => {
    expect(formatHours(24, 32)).toBe('24–32 uur');
    expect(formatHours(32, 32)).toBe('32 uur');
    expect(formatHours(undefined, 40)).toBe('40 uur');
    expect(formatHours(undefined, undefined)).toBe('—');
  });
});

describe('nl-NL dashboard figures', () => {
  it('formats months with Dutch abbreviations', () => {
    expect(formatMonth('2026-03')).toBe('mrt 2026');
    expect(formatMonth('2025-05')).toBe('mei 2025');
    expect(formatLongMonth('2026-03')).toBe('maart 2026');
    expect(formatMonth('2026-13')).toBe('2026-13');
  });

  it('formats ratios as whole percentages with a non-breaking space', () => {
    expect(formatPercent(0.78)).toBe('78\u00a0%');
    expect(formatPercent(0.8275)).toBe('83\u00a0%');
    expect(formatPercent(1)).toBe('100\u00a0%');
    expect(formatPercent(0)).toBe('0\u00a0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined, 'geen gegevens')).toBe('geen gegevens');
  });
});
