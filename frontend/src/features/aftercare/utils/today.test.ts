import { describe, expect, it } from 'vitest';
import { callKindText } from '@/components/aftercare/call-text';
import { followUpKindLabels } from '@/lib/i18n/nl';
import { followUpCall } from '@/test/aftercare-fixtures';
import { daysOverdue, orderForToday, telHref } from './today';

describe('the "Vandaag" order', () => {
  const today = '2026-04-15';

  it('puts overdue calls first, the longest overdue at the top, then today\'s; later ones are not for today', () => {
    const calls = [
      followUpCall({ id: 'today-week', kind: 'FIRST_WEEK', dueDate: '2026-04-15' }),
      followUpCall({ id: 'late-2', kind: 'FIRST_DAY', dueDate: '2026-04-13' }),
      followUpCall({ id: 'tomorrow', kind: 'AD_HOC', dueDate: '2026-04-16' }),
      followUpCall({ id: 'late-5', kind: 'AD_HOC', dueDate: '2026-04-10' }),
      followUpCall({ id: 'today-day', kind: 'FIRST_DAY', dueDate: '2026-04-15' }),
    ];
    expect(orderForToday(calls, today).map((c) => c.id)).toEqual(['late-5', 'late-2', 'today-day', 'today-week']);
  });

  it('counts the days overdue in calendar days, across a daylight-saving change', () => {
    expect(daysOverdue(followUpCall({ dueDate: '2026-04-15' }), today)).toBe(0);
    expect(daysOverdue(followUpCall({ dueDate: '2026-04-16' }), today)).toBe(0);
    expect(daysOverdue(followUpCall({ dueDate: '2026-04-10' }), today)).toBe(5);
    expect(daysOverdue(followUpCall({ dueDate: '2026-03-28' }), '2026-03-30')).toBe(2);
  });

  it('dials digits only', () => {
    expect(telHref('06 12345678')).toBe('tel:0612345678');
    expect(telHref('010-123 45 67')).toBe('tel:0101234567');
    expect(telHref('+31 (0)6 1234')).toBe('tel:+3106' + '1234');
  });
});

describe('call kinds in Dutch', () => {
  it('names every kind of the schedule', () => {
    expect(followUpKindLabels).toEqual({
      FIRST_DAY: 'Eerste werkdag',
      FIRST_WEEK: 'Eerste week',
      FIRST_MONTH: 'Eerste maand',
      BEFORE_CONTRACT_END: 'Maand voor einde contract',
      AD_HOC: 'Extra gesprek',
    });
  });

  it('marks a retry with its attempt', () => {
    expect(callKindText({ kind: 'FIRST_WEEK', attempt: 1 })).toBe('Eerste week');
    expect(callKindText({ kind: 'FIRST_WEEK', attempt: 2 })).toBe('Eerste week (2e poging)');
  });
});
