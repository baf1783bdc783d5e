import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pagination } from './Pagination';

describe('Pagination', () => {
  it('shows the position and moves one page back or forward', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<Pagination page={1} totalPages={3} onPageChange={onPageChange} />);

    expect(screen.getByRole('navigation', { name: 'Paginering' })).toHaveTextContent('Pagina 2 van 3');
    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    await user.click(screen.getByRole('button', { name: 'Vorige pagina' }));

    expect(onPageChange.mock.calls).toEqual([[2], [0]]);
  });

  it('cannot go before the first or past the last page', () => {
    const { rerender } = render(<Pagination page={0} totalPages={3} onPageChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Vorige pagina' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Volgende pagina' })).toBeEnabled();

    rerender(<Pagination page={2} totalPages={3} onPageChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Vorige pagina' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Volgende pagina' })).toBeDisabled();
  });

  it('renders nothing when everything fits on one page', () => {
    const { container } = render(<Pagination page={0} totalPages={1} onPageChange={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
