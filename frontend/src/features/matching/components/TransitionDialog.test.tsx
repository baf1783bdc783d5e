import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MatchStatus } from '@/lib/api/types';
import { ApiProblem } from '@/lib/api/problem';
import { TransitionDialog } from './TransitionDialog';

function renderDialog(to: MatchStatus, error: unknown = null) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  render(
    <TransitionDialog
      to={to}
      candidateName="Sanne Verbeek"
      busy={false}
      error={error}
      onSubmit={onSubmit}
      onCancel={onCancel}
      onReload={vi.fn()}
    />,
  );
  return { onSubmit, onCancel, dialog: screen.getByRole('dialog') };
}

describe('TransitionDialog', () => {
  it('rejecting needs a reason: without one nothing is sent and the field says why', async () => {
    const user = userEvent.setup();
    const { onSubmit, dialog } = renderDialog('REJECTED');
    expect(dialog).toHaveAccessibleName('Sanne Verbeek afwijzen');

    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const reason = within(dialog).getByRole('combobox', { name: /^Reden/ });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Kies een reden.');
    expect(reason).toHaveFocus();
  });

  it('"Andere reden" needs a note', async () => {
    const user = userEvent.setup();
    const { onSubmit, dialog } = renderDialog('REJECTED');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Reden/ }), 'OTHER');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const note = within(dialog).getByRole('textbox', { name: /Toelichting/ });
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveFocus();
    expect(within(dialog).getByText('Geef een toelichting bij "Andere reden".')).toBeInTheDocument();

    await user.type(note, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(note, 'Werkgever kiest een interne kandidaat.');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(onSubmit).toHaveBeenCalledWith({ to: 'REJECTED', reason: 'OTHER', note: 'Werkgever kiest een interne kandidaat.' });
  });

  it('withdrawing may go without a reason', async () => {
    const user = userEvent.setup();
    const { onSubmit, dialog } = renderDialog('WITHDRAWN');
    expect(within(dialog).getByRole('combobox', { name: 'Reden (optioneel)' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Terugtrekken' }));
    expect(onSubmit).toHaveBeenCalledWith({ to: 'WITHDRAWN' });
  });

  it('placing needs a start date', async () => {
    const user = userEvent.setup();
    const { onSubmit, dialog } = renderDialog('PLACED');
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(within(dialog).getByText('Vul de startdatum in.')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/^Startdatum/), '2026-04-01');
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));
    expect(onSubmit).toHaveBeenCalledWith({ to: 'PLACED', startDate: '2026-04-01' });
  });

  it('shows server violations at their field', () => {
    const { dialog } = renderDialog(
      'REJECTED',
      new ApiProblem({ status: 422, violations: [{ field: 'note', message: 'Maximaal 2000 tekens.' }] }),
    );
    expect(within(dialog).getByRole('textbox', { name: /Toelichting/ })).toHaveAccessibleDescription(
      expect.stringContaining('Maximaal 2000 tekens.'),
    );
  });

  it('Annuleren closes without sending', async () => {
    const user = userEvent.setup();
    const { onSubmit, onCancel, dialog } = renderDialog('REJECTED');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
