import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { VacancyRequest } from '@/lib/api/types';
import { vacancy } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, requestsOf, testQueryClient } from '@/test/utils';
import { useCreateVacancy } from './use-vacancy-mutations';

const body: VacancyRequest = {
  employerId: '0b6c7d0e-2a57-4c8e-9a0f-5d8f1e6b7c01',
  title: 'Medewerker bakkerij',
  description: 'Brood bakken.',
  sector: 'HOSPITALITY',
  postcode: '3011 AB',
  hoursPerWeekMin: 24,
  hoursPerWeekMax: 32,
  contractType: 'TEMPORARY',
  positions: 1,
  drivingLicenceRequired: false,
};

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={testQueryClient()}>{children}</QueryClientProvider>;
}

describe('useCreateVacancy', () => {
  it('creates the vacancy and, when asked, opens it with If-Match of the created version', async () => {
    const created = vacancy({ status: 'DRAFT', version: 1 });
    const fetch = mockFetch((request) => {
      if (request.url.endsWith('/status')) return jsonResponse({ ...created, status: 'OPEN', version: 2 }, { etag: '"2"' });
      return jsonResponse(created, { status: 201, etag: '"1"' });
    });
    const { result } = renderHook(() => useCreateVacancy(), { wrapper });

    await act(() => result.current.mutateAsync({ body, publish: true }));

    const [create, open] = requestsOf(fetch);
    expect(create.method).toBe('POST');
    expect(new URL(create.url).pathname).toBe('/api/vacancies');
    expect(await create.json()).toEqual(body);
    expect(new URL(open.url).pathname).toBe(`/api/vacancies/${created.id}/status`);
    expect(open.headers.get('If-Match')).toBe('"1"');
    expect(await open.json()).toEqual({ status: 'OPEN' });
    await waitFor(() => expect(result.current.data?.vacancy.data.status).toBe('OPEN'));
  });

  it('keeps the draft and reports the problem when opening fails', async () => {
    const created = vacancy({ status: 'DRAFT' });
    mockFetch((request) =>
      request.url.endsWith('/status')
        ? problemResponse({ status: 409, title: 'Conflict', detail: 'Werkgever is gearchiveerd' })
        : jsonResponse(created, { status: 201, etag: '"1"' }),
    );
    const { result } = renderHook(() => useCreateVacancy(), { wrapper });

    const outcome = await act(() => result.current.mutateAsync({ body, publish: true }));

    expect(outcome.vacancy.data.status).toBe('DRAFT');
    expect(outcome.publishError).toMatchObject({ status: 409, detail: 'Werkgever is gearchiveerd' });
  });

  it('does not touch the status without "direct openzetten"', async () => {
    const fetch = mockFetch(() => jsonResponse(vacancy(), { status: 201, etag: '"1"' }));
    const { result } = renderHook(() => useCreateVacancy(), { wrapper });

    await act(() => result.current.mutateAsync({ body, publish: false }));

    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
