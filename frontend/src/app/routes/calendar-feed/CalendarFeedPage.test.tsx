import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { CalendarFeedPage } from './CalendarFeedPage';

const FIRST = { url: 'https://werkhub.example/calendar/AAAAfirstSecretToken.ics', createdAt: '2026-03-01T09:15:00Z' };
const SECOND = { url: 'https://werkhub.example/calendar/BBBBsecondSecretToken.ics', createdAt: '2026-03-15T12:00:00Z' };

/**
 * A fake backend holding at most one link, as the API does: only POST reveals the URL,
 * GET says when the link was made.
 */
function feedServer(initial: typeof FIRST | null, next: (typeof FIRST)[] = [SECOND]) {
  let current = initial;
  const queue = [...next];
  const fetch = mockFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path !== '/api/calendar-feed') return problemResponse({ status: 404 });
    if (request.method === 'GET') {
      return current
        ? jsonResponse({ createdAt: current.createdAt })
        : problemResponse({ status: 404, title: 'Not Found', detail: 'Geen agenda-link.' });
    }
    if (request.method === 'POST') {
      current = queue.shift() ?? null;
      return jsonResponse(current, { status: 201 });
    }
    if (request.method === 'DELETE') {
      current = null;
      return new Response(null, { status: 204 });
    }
    return problemResponse({ status: 405 });
  });
  return { fetch, methods: () => requestsOf(fetch).map((r) => r.method) };
}

const renderPage = () => renderRoute(<CalendarFeedPage />, { path: '/nazorg/agenda', url: '/nazorg/agenda', roles: ['jobcoach'] });

describe('Agenda-koppeling', () => {
  it('explains the link, and without one (404) creates it straight away', async () => {
    const user = userEvent.setup();
    const server = feedServer(null, [FIRST]);
    renderPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Agenda-koppeling' })).toBeInTheDocument();
    expect(screen.getByText(/Outlook, Google Agenda of Apple Agenda/)).toBeInTheDocument();
    expect(screen.getByText(/Behandel de link als een wachtwoord/)).toBeInTheDocument();
    expect(await screen.findByText('Je hebt nog geen agenda-link.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nieuwe link maken' }));

    const url = await screen.findByRole('textbox', { name: 'Agenda-link' });
    expect(url).toHaveValue(FIRST.url);
    expect(url).toHaveAttribute('readonly');
    expect(url).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Je nieuwe agenda-link staat klaar.');
    expect(screen.getByText('Gemaakt op 1 mrt 2026, 10:15.')).toBeInTheDocument();
    // No confirmation needed: there was no old link to break.
    expect(server.methods()).toEqual(['GET', 'POST']);
  });

  it('copies the link and confirms it in a live region', async () => {
    const user = userEvent.setup();
    feedServer(null, [FIRST]);
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Nieuwe link maken' }));
    expect(await screen.findByRole('textbox', { name: 'Agenda-link' })).toHaveAccessibleDescription(
      'Kopieer de link nu en voeg hem toe aan je agenda: Werkhub toont hem maar één keer.',
    );
    await user.click(screen.getByRole('button', { name: 'Kopieer' }));
    expect(screen.getByRole('status')).toHaveTextContent('De link is gekopieerd.');
    expect(await navigator.clipboard.readText()).toBe(FIRST.url);
  });

  it('says a link exists without showing it, and makes a new one only after a warning that the old one stops working', async () => {
    const user = userEvent.setup();
    const server = feedServer(FIRST);
    renderPage();

    // The server cannot show an existing link again (it keeps only a hash).
    expect(await screen.findByText('Je hebt een agenda-link, gemaakt op 1 mrt 2026, 10:15.')).toBeInTheDocument();
    expect(screen.getByText(/Ben je de link kwijt\? Maak een nieuwe link/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Agenda-link' })).not.toBeInTheDocument();
    expect(screen.queryByText(/calendar\//)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nieuwe link maken' }));
    let dialog = screen.getByRole('dialog', { name: 'Nieuwe link maken?' });
    expect(dialog).toHaveTextContent('Je huidige link werkt dan niet meer.');

    // Cancelling changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(server.methods()).toEqual(['GET']);
    expect(screen.getByText(/Je hebt een agenda-link/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nieuwe link maken' }));
    dialog = screen.getByRole('dialog', { name: 'Nieuwe link maken?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, maak een nieuwe link' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Agenda-link' })).toHaveValue(SECOND.url));
    expect(server.methods()).toEqual(['GET', 'POST']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Gemaakt op 15 mrt 2026, 13:00.')).toBeInTheDocument();

    // Coming back to the tab (after pasting the link in a calendar app) does not ask again,
    // which would hide the URL that only the POST revealed.
    // (TanStack Query's focus manager listens for visibilitychange on window.)
    window.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.methods()).toEqual(['GET', 'POST']);
    expect(screen.getByRole('textbox', { name: 'Agenda-link' })).toHaveValue(SECOND.url);
  });

  it('revokes the link after confirmation', async () => {
    const user = userEvent.setup();
    const server = feedServer(FIRST);
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Link intrekken' }));
    const dialog = screen.getByRole('dialog', { name: 'Link intrekken?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trek de link in' }));

    expect(await screen.findByText('Je hebt nog geen agenda-link.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Agenda-link' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('De link is ingetrokken.');
    expect(screen.getByRole('button', { name: 'Nieuwe link maken' })).toHaveFocus();
    expect(server.methods()).toEqual(['GET', 'DELETE']);
  });

  it('shows a failed revoke in the dialog and keeps the link', async () => {
    const user = userEvent.setup();
    mockFetch((request) =>
      request.method === 'GET'
        ? jsonResponse({ createdAt: FIRST.createdAt })
        : problemResponse({ status: 503, title: 'Service Unavailable', type: 'https://werkhub.nl/problems/internal-error' }),
    );
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Link intrekken' }));
    const dialog = screen.getByRole('dialog', { name: 'Link intrekken?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trek de link in' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Werkhub is tijdelijk niet beschikbaar');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.getByText(/Je hebt een agenda-link/)).toBeInTheDocument();
  });
});
