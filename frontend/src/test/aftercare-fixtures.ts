import type { FollowUpCall, Placement } from '@/lib/api/types';

export function placement(overrides: Partial<Placement> = {}): Placement {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    matchId: 'a1b2c3d4-0000-4000-8000-000000000002',
    vacancyId: '7f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b',
    vacancyTitle: 'Medewerker bakkerij (ochtendploeg)',
    employerId: '0b6c7d0e-2a57-4c8e-9a0f-5d8f1e6b7c01',
    employerName: 'Bakkerij De Korenschoof',
    candidateId: 'a1b2c3d4-0000-4000-8000-000000000003',
    candidateName: 'Sanne Verbeek',
    municipalityCode: 'rotterdam',
    status: 'ACTIVE',
    startDate: '2026-04-01',
    endDate: '2026-10-01',
    hoursPerWeek: 32,
    jobcoach: 'jobcoach',
    jobcoachName: 'Jamal Bakker',
    arrangements: [
      { kind: 'JOBCOACH' },
      { kind: 'OV_TOPUP', amount: 250 },
    ],
    atRisk: false,
    unreachable: false,
    nextCall: { id: 'c0000000-0000-4000-8000-000000000001', kind: 'FIRST_DAY', dueDate: '2026-04-01' },
    placedBy: 'consultant',
    placedByName: 'Carla de Vries',
    version: 1,
    createdAt: '2026-03-20T09:00:00Z',
    updatedAt: '2026-03-20T09:00:00Z',
    ...overrides,
  };
}

export function followUpCall(overrides: Partial<FollowUpCall> = {}): FollowUpCall {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    placementId: 'a1b2c3d4-0000-4000-8000-000000000001',
    candidateId: 'a1b2c3d4-0000-4000-8000-000000000003',
    candidateName: 'Sanne Verbeek',
    candidatePhone: '06 12345678',
    employerName: 'Bakkerij De Korenschoof',
    employerContactPerson: 'Marieke de Vries',
    employerPhone: '010-1234567',
    vacancyTitle: 'Medewerker bakkerij (ochtendploeg)',
    kind: 'FIRST_DAY',
    attempt: 1,
    dueDate: '2026-04-01',
    assignee: 'jobcoach',
    status: 'PLANNED',
    overdue: false,
    flagged: false,
    version: 1,
    ...overrides,
  };
}
