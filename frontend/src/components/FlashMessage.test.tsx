import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider, type InitialEntry } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FlashMessage, type FlashState } from './FlashMessage';

const saved: FlashState = { flash: { text: 'Werkgever Bakkerij De Korenschoof is opgeslagen.' } };

function Layout() {
  return (
    <>
      <FlashMessage />
      <Outlet />
    </>
  );
}

function renderAt(entry: InitialEntry) {
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { path: '/werkgevers', element: <h1>Werkgevers</h1> },
          { path: '/vacatures', element: <h1>Vacatures</h1> },
        ],
      },
    ],
    { initialEntries: [entry] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('FlashMessage', () => {
  it('shows the message and takes it out of the history entry, so a reload does not show it again', async () => {
    const router = renderAt({ pathname: '/werkgevers', search: '?q=bakker', state: saved });

    expect(screen.getByRole('status')).toHaveTextContent('Werkgever Bakkerij De Korenschoof is opgeslagen.');
    await waitFor(() => expect(router.state.location.state).toBeNull());
    expect(router.state.location.pathname).toBe('/werkgevers');
    expect(router.state.location.search).toBe('?q=bakker');
    expect(screen.getByRole('status')).toHaveTextContent('Werkgever Bakkerij De Korenschoof is opgeslagen.');

    // A reload starts the app afresh on the same history entry.
    const entry = router.state.location;
    cleanup();
    renderAt(entry);
    expect(screen.getByRole('heading', { name: 'Werkgevers' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('disappears on the next page and stays away when the user goes back', async () => {
    const router = renderAt({ pathname: '/werkgevers', state: saved });
    await waitFor(() => expect(router.state.location.state).toBeNull());

    await act(() => router.navigate('/vacatures'));
    expect(screen.getByRole('heading', { name: 'Vacatures' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await act(() => router.navigate(-1));
    expect(screen.getByRole('heading', { name: 'Werkgevers' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a new message that arrives on the same page', async () => {
    const router = renderAt({ pathname: '/werkgevers', state: saved });
    await waitFor(() => expect(router.state.location.state).toBeNull());

    const archived: FlashState = { flash: { text: 'De werkgever is gearchiveerd.', tone: 'warning' } };
    await act(() => router.navigate('/werkgevers', { replace: true, state: archived }));

    expect(screen.getByRole('status')).toHaveTextContent('De werkgever is gearchiveerd.');
    expect(screen.getByRole('status')).toHaveClass('alert--warning');
    await waitFor(() => expect(router.state.location.state).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('De werkgever is gearchiveerd.');
  });
});
