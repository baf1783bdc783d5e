import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Stats } from '@/lib/api/types';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { DashboardPage } from './DashboardPage';

function stats(overrides: Partial<Stats> = {}): Stats {
  return {
    period: { from: '2025-04-01', to: '2026-03-15' },
    placementsPerMonth: [
      { month: '2026-01', count: 12 },
      { month: '2026-02', count: 0 },
      { month: '2026-03', count: 1234 },
    ],
    placementsPerMunicipality: [
      { code: 'capelle', name: 'Capelle aan den IJssel', count: 4 },
      { code: 'rotterdam', name: 'Rotterdam', count: 1242 },
    ],
    vacancies: { open: 37, filled: 1500 },
    medianDaysToPlacement: 23.5,
    aftercareOnTime: { due: 145, onTime: 120, ratio: 120 / 145 },
    retention: [
      { months: 3, eligible: 40, retained: 30, ratio: 0.75 },
      { months: 1, eligible: 50, retained: 47, ratio: 0.94 },
      { months: 6, eligible: 0, retained: 0 },
    ],
    atRisk: 3,
    unreachable: 2,
    target: {
      target: 400,
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      placed: 312,
      ratio: 0.78,
      expectedByNow: 290,
    },
    ...overrides,
  };
}

function zeroStats(): Stats {
  return stats({
    placementsPerMonth: [
      { month: '2026-02', count: 0 },
      { month: '2026-03', count: 0 },
    ],
    placementsPerMunicipality: [],
    vacancies: { open: 0, filled: 0 },
    // As the API sends figures without data: left out.
    medianDaysToPlacement: undefined,
    aftercareOnTime: { due: 0, onTime: 0 },
    retention: [1, 3, 6].map((months) => ({ months, eligible: 0, retained: 0 })),
    atRisk: 0,
    unreachable: 0,
    target: { target: 400, periodStart: '2026-01-01', periodEnd: '2027-12-31', placed: 0, ratio: 0, expectedByNow: 20 },
  });
}

/** Renders the text of an element with its non-breaking spaces as plain ones. */
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\u00a0/g, ' ');

function tile(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name });
  return heading.closest('li') as HTMLElement;
}

function statsRequests(fetch: ReturnType<typeof mockFetch>) {
  return requestsOf(fetch)
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname === '/api/stats');
}

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

describe('Dashboard', () => {
  beforeEach(() => {
    // "Today" is 15 March 2026, so the default period is April 2025 up to March 2026.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 10, 0, 0));
    // jsdom has no layout; recharts' ResponsiveContainer only needs the observer to exist.
    vi.stubGlobal('ResizeObserver', NoResizeObserver);
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the target, the tiles and a table for every chart, in Dutch numbers', async () => {
    const fetch = mockFetch(() => jsonResponse(stats()));
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(await screen.findByText('312 van 400 (78 %)')).toBeInTheDocument();
    expect(screen.getByText(/Verwacht op dit moment: 290\./)).toBeInTheDocument();
    expect(screen.getByText(/Dat is meer dan verwacht op dit moment\./)).toBeInTheDocument();
    expect(screen.getByText('Doelperiode 1 januari 2026 tot en met 31 december 2027')).toBeInTheDocument();
    expect(screen.getByText('Cijfers van 1 april 2025 tot en met 15 maart 2026.')).toBeInTheDocument();

    // The default period: the current month and the eleven before, up to today.
    const [request] = statsRequests(fetch);
    expect(request.searchParams.get('from')).toBe('2025-04-01');
    expect(request.searchParams.get('to')).toBe('2026-03-15');

    expect(text(tile('Open vacatures'))).toContain('37');
    expect(text(tile('Vervulde vacatures'))).toContain('1.500');
    expect(text(tile('Doorlooptijd (mediaan)'))).toContain('23,5 dagen');
    expect(text(tile('Nazorg op tijd'))).toContain('83 % op tijd (120 van 145)');
    expect(text(tile('Plaatsingen met risico'))).toContain('3');
    expect(within(tile('Plaatsingen met risico')).getByRole('link', { name: 'Bekijk plaatsingen met risico' })).toHaveAttribute(
      'href',
      '/plaatsingen?risico=ja',
    );
    expect(text(tile('Onbereikbaar'))).toContain('2');
    // Retention in order of months, "no data" when nothing is old enough.
    expect(text(tile('Na 1 maand'))).toContain('94 % (47 van 50)');
    expect(text(tile('Na 3 maanden'))).toContain('75 % (30 van 40)');
    expect(text(tile('Na 6 maanden'))).toContain('Geen gegevens');

    const perMonth = screen.getByRole('table', { name: 'Plaatsingen per maand (op startdatum)' });
    const monthRows = within(perMonth).getAllByRole('row').slice(1).map((r) => text(r));
    expect(monthRows).toEqual(['januari 202612', 'februari 20260', 'maart 20261.234']);
    expect(screen.getByText('Totaal in de periode: 1.246.')).toBeInTheDocument();

    const perMunicipality = screen.getByRole('table', { name: 'Plaatsingen per gemeente in de periode' });
    const municipalityRows = within(perMunicipality).getAllByRole('row').slice(1).map((r) => text(r));
    expect(municipalityRows).toEqual(['Rotterdam1.242', 'Capelle aan den IJssel4']);

    // One h1, sections with h2, tiles with h3.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Voortgang naar het doel',
      'Kerncijfers',
      'Plaatsingen per maand',
      'Plaatsingen per gemeente',
      'Behoud',
    ]);
  });

  it('says "behind" when fewer were placed than expected by now', async () => {
    mockFetch(() => jsonResponse(stats({ target: { ...stats().target, placed: 250, ratio: 0.625 } })));
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard' });
    expect(await screen.findByText('250 van 400 (63 %)')).toBeInTheDocument();
    expect(screen.getByText(/Dat is 40 minder dan verwacht op dit moment\./)).toBeInTheDocument();
  });

  it('shows a period without any data as such, not as zero percent', async () => {
    // JSON drops the undefined fields, as the backend's NON_NULL does.
    mockFetch(() => jsonResponse(zeroStats()));
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard' });

    expect(await screen.findByText('Geen plaatsingen in deze periode.')).toBeInTheDocument();
    expect(screen.getByText('Geen plaatsingen per gemeente in deze periode.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Plaatsingen per gemeente in de periode' })).not.toBeInTheDocument();
    expect(text(tile('Doorlooptijd (mediaan)'))).toContain('Geen gegevens');
    expect(text(tile('Nazorg op tijd'))).toContain('Geen gegevens');
    expect(text(tile('Nazorg op tijd'))).not.toContain('%');
    expect(text(tile('Na 1 maand'))).toContain('Nog geen plaatsingen die lang genoeg lopen');
    expect(text(tile('Open vacatures'))).toContain('0');
    expect(screen.getByText('0 van 400 (0 %)')).toBeInTheDocument();
    // The month table still lists the empty months.
    expect(within(screen.getByRole('table', { name: 'Plaatsingen per maand (op startdatum)' })).getAllByRole('row')).toHaveLength(3);
  });

  it('keeps the period in the URL and asks for whole months, never beyond today', async () => {
    const user = userEvent.setup();
    const fetch = mockFetch(() => jsonResponse(stats()));
    const { router } = renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard?van=2025-01&tot=2025-06' });

    await screen.findByText('312 van 400 (78 %)');
    expect(statsRequests(fetch)[0].searchParams.toString()).toBe('from=2025-01-01&to=2025-06-30');
    expect(screen.getByLabelText('Van maand')).toHaveValue('2025-01');
    expect(screen.getByLabelText('Tot en met maand')).toHaveValue('2025-06');

    await user.selectOptions(screen.getByLabelText('Tot en met maand'), '2026-03');
    await user.click(screen.getByRole('button', { name: 'Toon' }));
    // The current month is the default end, so it stays out of the URL.
    await waitFor(() => expect(router.state.location.search).toBe('?van=2025-01'));
    await waitFor(() => expect(statsRequests(fetch)).toHaveLength(2));
    expect(statsRequests(fetch)[1].searchParams.toString()).toBe('from=2025-01-01&to=2026-03-15');

    // From after to: explained at the field, nothing is asked.
    await user.selectOptions(screen.getByLabelText('Van maand'), '2026-03');
    await user.selectOptions(screen.getByLabelText('Tot en met maand'), '2026-02');
    await user.click(screen.getByRole('button', { name: 'Toon' }));
    expect(screen.getByLabelText('Van maand')).toHaveAccessibleDescription(
      'De beginmaand moet vóór of gelijk aan de eindmaand liggen.',
    );
    expect(router.state.location.search).toBe('?van=2025-01');
    expect(statsRequests(fetch)).toHaveLength(2);

    // Back to the default: the URL is clean again.
    await user.click(screen.getByRole('button', { name: 'Laatste 12 maanden' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(statsRequests(fetch).at(-1)!.searchParams.toString()).toBe('from=2025-04-01&to=2026-03-15'));
  });

  it('ignores a month in the URL that is not a month', async () => {
    const fetch = mockFetch(() => jsonResponse(stats()));
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard?van=gisteren&tot=2026-13' });
    await screen.findByText('312 van 400 (78 %)');
    expect(statsRequests(fetch)[0].searchParams.toString()).toBe('from=2025-04-01&to=2026-03-15');
  });

  it('tells a municipality what the figures cover', async () => {
    mockFetch(() => jsonResponse(stats()));
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard', roles: ['municipality'], municipality: 'rotterdam' });
    expect(await screen.findByText('312 van 400 (78 %)')).toBeInTheDocument();
    expect(screen.getByText(/alleen over de kandidaten van jouw gemeente/)).toBeInTheDocument();
    // Their own placements list exists, so the at-risk figure leads there.
    expect(screen.getByRole('link', { name: 'Bekijk plaatsingen met risico' })).toBeInTheDocument();
  });

  it('does not link admins to the placements list (the API answers them 403)', async () => {
    mockFetch(() => jsonResponse(stats()));
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard', roles: ['admin'] });
    expect(await screen.findByText('312 van 400 (78 %)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bekijk plaatsingen met risico' })).not.toBeInTheDocument();
    expect(screen.queryByText(/alleen over de kandidaten van jouw gemeente/)).not.toBeInTheDocument();
  });

  it('shows a failed request as a problem', async () => {
    mockFetch(() =>
      problemResponse({ status: 500, title: 'Internal Server Error', detail: 'a1b2c3', type: 'https://werkhub.nl/problems/internal-error' }),
    );
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Er ging iets mis op de server');
    expect(alert).toHaveTextContent('a1b2c3');
  });
});
