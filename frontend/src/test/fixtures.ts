import type { Employer, Vacancy } from '@/lib/api/types';

export function employer(overrides: Partial<Employer> = {}): Employer {
  return {
    id: '0b6c7d0e-2a57-4c8e-9a0f-5d8f1e6b7c01',
    name: 'Bakkerij De Korenschoof',
    kvkNumber: '24123456',
    sector: 'HOSPITALITY',
    sizeClass: 'MICRO',
    contactPerson: 'Marieke de Vries',
    phone: '010-1234567',
    email: 'info@korenschoof.nl',
    postcode: '3011 AB',
    municipalityCode: 'rotterdam',
    municipalityName: 'Rotterdam',
    status: 'ACTIVE',
    version: 3,
    createdAt: '2026-03-01T09:15:00Z',
    createdBy: 'consultant',
    updatedAt: '2026-03-02T10:00:00Z',
    updatedBy: 'consultant',
    ...overrides,
  };
}

export function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    id: '7f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b',
    employerId: '0b6c7d0e-2a57-4c8e-9a0f-5d8f1e6b7c01',
    employerName: 'Bakkerij De Korenschoof',
    title: 'Medewerker bakkerij (ochtendploeg)',
    description: 'Brood bakken en de winkel klaarzetten.',
    sector: 'HOSPITALITY',
    postcode: '3011 AB',
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 32,
    contractType: 'TEMPORARY',
    startDate: '2026-04-01',
    positions: 2,
    drivingLicenceRequired: false,
    status: 'DRAFT',
    ownerId: 'c0ffee00-0000-4000-8000-000000000001',
    ownerName: 'Carla de Vries',
    version: 1,
    createdAt: '2026-03-01T09:15:00Z',
    createdBy: 'consultant',
    updatedAt: '2026-03-01T09:15:00Z',
    updatedBy: 'consultant',
    ...overrides,
  };
}
