import { describe, expect, it } from 'vitest';
import { parseAmount } from '@/lib/format';
import { placement } from '@/test/aftercare-fixtures';
import { contractFromPlacement, contractViolations, emptyContract, toContract, validateContract } from './contract-form';

describe('the placement contract form', () => {
  it('starts with every arrangement unticked, OV-tegoed at 250,00 and the vacancy\'s hours', () => {
    const values = emptyContract(24);
    expect(values.hoursPerWeek).toBe('24');
    expect(values.permanent).toBe(false);
    expect(values.arrangements.map((r) => [r.kind, r.on, r.amount])).toEqual([
      ['JOBCOACH', false, ''],
      ['OV_TOPUP', false, '250,00'],
      ['TRAINING', false, ''],
      ['WORKPLACE_ADAPTATION', false, ''],
      ['OTHER', false, ''],
    ]);
    expect(emptyContract(null).hoursPerWeek).toBe('');
  });

  it('hours are whole numbers from 1 to 60', () => {
    const base = { ...emptyContract(), startDate: '2026-04-01', permanent: true, jobcoach: 'jobcoach' };
    for (const bad of ['', '0', '61', '12.5', 'twintig']) {
      expect(validateContract({ ...base, hoursPerWeek: bad }), bad).toHaveProperty('hoursPerWeek');
    }
    expect(validateContract({ ...base, hoursPerWeek: '60' })).toEqual({});
  });

  it('an existing placement fills the form: its arrangements ticked (two trainings stay two), the rest offered', () => {
    const values = contractFromPlacement(
      placement({
        endDate: undefined,
        arrangements: [
          { kind: 'TRAINING', description: 'Heftruck' },
          { kind: 'OV_TOPUP', amount: 80.5 },
          { kind: 'TRAINING', description: 'VCA' },
        ],
      }),
    );
    expect(values.permanent).toBe(true);
    expect(values.arrangements.filter((r) => r.on).map((r) => [r.kind, r.amount || r.description])).toEqual([
      ['OV_TOPUP', '80,50'],
      ['TRAINING', 'Heftruck'],
      ['TRAINING', 'VCA'],
    ]);
    expect(toContract(values).contract.arrangements).toEqual([
      { kind: 'OV_TOPUP', amount: 80.5 },
      { kind: 'TRAINING', description: 'Heftruck' },
      { kind: 'TRAINING', description: 'VCA' },
    ]);
  });

  it('maps violations with or without the placement prefix, arrangements by the index that was sent', () => {
    const { errors, other } = contractViolations(
      [
        { field: 'placement.jobcoach', message: 'Onbekende jobcoach.' },
        { field: 'arrangements[0].amount', message: 'Te hoog.' },
        { field: 'placement.arrangements', message: 'Hoogstens één OV-tegoed.' },
        { field: 'note', message: 'Te lang.' },
      ],
      ['ov_topup-0', 'training-0'],
    );
    expect(errors).toEqual({
      jobcoach: 'Onbekende jobcoach.',
      'ov_topup-0.amount': 'Te hoog.',
      arrangements: 'Hoogstens één OV-tegoed.',
    });
    expect(other).toEqual([{ field: 'note', message: 'Te lang.' }]);
  });

  it('reads amounts the Dutch way', () => {
    expect(parseAmount('250,00')).toBe(250);
    expect(parseAmount('250')).toBe(250);
    expect(parseAmount('€ 1.250,5')).toBe(1250.5);
    expect(parseAmount('12,345')).toBeNull();
    expect(parseAmount('1,250.00')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
});
