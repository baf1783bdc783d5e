import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/api/problem';
import type { VacancyRequest } from '@/lib/api/types';
import { pageOf, talent, vacancy } from '@/test/fixtures';
import { jsonResponse, mockFetch, testQueryClient } from '@/test/utils';
import { VacancyForm } from './VacancyForm';

const TALENTS = [
  talent({ code: 'heftruckcertificaat', labelNl: 'Heftruckcertificaat', category: 'CERTIFICATE' }),
  talent({ code: 'nauwkeurig', labelNl: 'Nauwkeurig', category: 'WORK_ATTITUDE' }),
];

function mockApi() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/talents') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return jsonResponse(pageOf(TALENTS.filter((t) => t.labelNl.toLowerCase().includes(q))));
    }
    if (url.pathname === '/api/employers') return jsonResponse(pageOf([]));
    return new Response(null, { status: 404 });
  });
}

function renderForm(props: Partial<Parameters<typeof VacancyForm>[0]> = {}) {
  const onSubmit = vi.fn<(body: VacancyRequest) => void>();
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <VacancyForm submitLabel="Opslaan" busy={false} error={null} cancelTo="/" debounceMs={0} onSubmit={onSubmit} {...props} />
        ),
      },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <QueryClientProvider client={testQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { onSubmit };
}

describe('VacancyTalentsEditor (in the vacancy form)', () => {
  it('adds talents by type-ahead, sets must-have/nice-to-have and minimum level, and sends them', async () => {
    const user = userEvent.setup();
    mockApi();
    const { onSubmit } = renderForm();

    const combobox = screen.getByRole('combobox', { name: 'Talenten' });
    await user.type(combobox, 'heftruck');
    await screen.findByRole('option', { name: 'Heftruckcertificaat – Certificaat' });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(combobox).toHaveFocus();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Talent Heftruckcertificaat toegevoegd.')).toBe(true);

    await user.type(combobox, 'nauw');
    await user.click(await screen.findByRole('option', { name: /Nauwkeurig/ }));

    const rows = within(screen.getByRole('list', { name: 'Gekozen talenten' })).getAllByRole('group');
    expect(rows.map((r) => r.querySelector('legend')?.textContent)).toEqual([
      'Heftruckcertificaat – Certificaat',
      'Nauwkeurig – Werkhouding',
    ]);
    // New talents start as must-have at level 1 (the API's default).
    expect(within(rows[0]).getByRole('combobox', { name: 'Soort' })).toHaveValue('MUST_HAVE');
    expect(within(rows[0]).getByRole('combobox', { name: 'Minimaal niveau' })).toHaveValue('1');

    await user.selectOptions(within(rows[0]).getByRole('combobox', { name: 'Minimaal niveau' }), 'Niveau 3');
    await user.selectOptions(within(rows[1]).getByRole('combobox', { name: 'Soort' }), 'Pluspunt');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(onSubmit.mock.calls[0][0].talents).toEqual([
      { code: 'heftruckcertificaat', requirement: 'MUST_HAVE', minLevel: 3 },
      { code: 'nauwkeurig', requirement: 'NICE_TO_HAVE', minLevel: 1 },
    ]);
  });

  it('does not offer a talent twice, removes one by its button, and Enter in the list does not submit', async () => {
    const user = userEvent.setup();
    mockApi();
    const { onSubmit } = renderForm({
      initial: vacancy({
        talents: [
          { code: 'heftruckcertificaat', labelNl: 'Heftruckcertificaat', category: 'CERTIFICATE', requirement: 'MUST_HAVE', minLevel: 2, retired: false },
        ],
      }),
    });

    const combobox = screen.getByRole('combobox', { name: 'Talenten' });
    await user.type(combobox, 'e');
    const listbox = document.getElementById('vacancy-talents-listbox')!;
    await waitFor(() => expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Nauwkeurig – Werkhouding']));
    await user.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Verwijderen Heftruckcertificaat' }));
    expect(screen.queryByRole('list', { name: 'Gekozen talenten' })).not.toBeInTheDocument();
    expect(screen.getByText('Geen talenten opgegeven.')).toBeInTheDocument();
    expect(combobox).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onSubmit.mock.calls[0][0].talents).toEqual([]);
  });

  it('shows a server violation at the talent row it is about', () => {
    mockApi();
    renderForm({
      initial: vacancy({
        talents: [
          { code: 'heftruckcertificaat', labelNl: 'Heftruckcertificaat', category: 'CERTIFICATE', requirement: 'MUST_HAVE', minLevel: 2, retired: true },
        ],
      }),
      error: new ApiProblem({
        status: 422,
        violations: [{ field: 'talents[0].code', message: 'Dit talent is vervallen.' }],
      }),
    });
    const row = screen.getByRole('group', { name: /Heftruckcertificaat/ });
    expect(row).toHaveTextContent('vervallen talent');
    expect(within(row).getByText('Dit talent is vervallen.')).toBeInTheDocument();
  });
});
