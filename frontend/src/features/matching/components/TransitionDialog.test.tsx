import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MatchStatus } from '@/lib/api/types';
import { ApiProblem } from '@/lib/api/problem';
import { TransitionDialog } from './TransitionDialog';

const JOBCOACHES = {
  data: [
    { username: 'jobcoach', firstName: 'Jamal', lastName: 'Bakker', displayName: 'Jamal Bakker' },
    { username: 'jc-ilse', firstName: 'Ilse', lastName: 'de Wit', displayName: 'Ilse de Wit' },
  ],
  loading: false,
  failed: false,
};

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
      defaultHoursPerWeek={32}
      jobcoaches={JOBCOACHES}
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

  it('placing asks for the contract: nothing is sent until start date, end date, hours and jobcoach are there', async () => {
    const user = userEvent.setup();
    const { onSubmit, dialog } = renderDialog('PLACED');
    expect(dialog).toHaveAccessibleName('Sanne Verbeek plaatsen');
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(within(dialog).getByLabelText(/^Startdatum/)).toHaveAccessibleDescription('Vul de startdatum in.');
    expect(within(dialog).getByLabelText(/^Startdatum/)).toHaveFocus();
    expect(within(dialog).getByLabelText(/^Einddatum/)).toHaveAccessibleDescription('Vul de einddatum in, of kies vast contract.');
    expect(within(dialog).getByRole('combobox', { name: /^Jobcoach/ })).toHaveAccessibleDescription('Kies een jobcoach.');
    // The vacancy's hours are prefilled.
    expect(within(dialog).getByRole('spinbutton', { name: /^Uren per week/ })).toHaveValue(32);
  });

  it('a vast contract hides the end date and sends none; OV-tegoed is prefilled with 250,00', async () => {
    const user = userEvent.setup();
    const { onSubmit, dialog } = renderDialog('PLACED');
    await user.type(within(dialog).getByLabelText(/^Startdatum/), '2026-04-01');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Vast contract (geen einddatum)' }));
    expect(within(dialog).queryByLabelText(/^Einddatum/)).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Jobcoach/ }), 'Jamal Bakker');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Jobcoach' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'OV-tegoed' }));
    expect(within(dialog).getByRole('textbox', { name: /^Bedrag OV-tegoed/ })).toHaveValue('250,00');
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));

    expect(onSubmit).toHaveBeenCalledWith({
      to: 'PLACED',
      placement: {
        startDate: '2026-04-01',
        hoursPerWeek: 32,
        jobcoach: 'jobcoach',
        arrangements: [{ kind: 'JOBCOACH' }, { kind: 'OV_TOPUP', amount: 250 }],
      },
    });
  });

  it('a temporary contract sends its end date; a Dutch amount and a training with its description', async () => {
    const user = userEvent.setup();
    const { onSubmit, dialog } = renderDialog('PLACED');
    await user.type(within(dialog).getByLabelText(/^Startdatum/), '2026-04-01');
    await user.type(within(dialog).getByLabelText(/^Einddatum/), '2026-03-01');
    const hours = within(dialog).getByRole('spinbutton', { name: /^Uren per week/ });
    await user.clear(hours);
    await user.type(hours, '24');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Jobcoach/ }), 'Jamal Bakker');
    await user.click(within(dialog).getByRole('checkbox', { name: 'OV-tegoed' }));
    const amount = within(dialog).getByRole('textbox', { name: /^Bedrag OV-tegoed/ });
    await user.clear(amount);
    await user.type(amount, '1.250,5');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Scholing' }));
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));

    // The end date before the start and the training without a description are refused here.
    expect(onSubmit).not.toHaveBeenCalled();
    expect(within(dialog).getByLabelText(/^Einddatum/)).toHaveAccessibleDescription('De einddatum moet na de startdatum liggen.');
    const training = within(dialog).getByRole('textbox', { name: /^Omschrijving scholing/ });
    expect(training).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(dialog).getByLabelText(/^Einddatum/));
    await user.type(within(dialog).getByLabelText(/^Einddatum/), '2026-10-01');
    await user.type(training, 'Heftruckcursus');
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));
    expect(onSubmit).toHaveBeenCalledWith({
      to: 'PLACED',
      placement: {
        startDate: '2026-04-01',
        endDate: '2026-10-01',
        hoursPerWeek: 24,
        jobcoach: 'jobcoach',
        arrangements: [
          { kind: 'OV_TOPUP', amount: 1250.5 },
          { kind: 'TRAINING', description: 'Heftruckcursus' },
        ],
      },
    });
  });

  it('an amount that is not money is refused at the field', async () => {
    const user = userEvent.setup();
    const { onSubmit, dialog } = renderDialog('PLACED');
    await user.click(within(dialog).getByRole('checkbox', { name: 'OV-tegoed' }));
    const amount = within(dialog).getByRole('textbox', { name: /^Bedrag OV-tegoed/ });
    for (const wrong of ['0', '12,345', 'tien', '10.000,01']) {
      await user.clear(amount);
      await user.type(amount, wrong);
      await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));
      expect(amount, wrong).toHaveAttribute('aria-invalid', 'true');
    }
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('puts the server\'s placement violations at the right field, arrangements by their index in what was sent', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const props = {
      to: 'PLACED' as MatchStatus,
      candidateName: 'Sanne Verbeek',
      busy: false,
      onSubmit,
      onCancel: vi.fn(),
      onReload: vi.fn(),
      defaultHoursPerWeek: 32,
      jobcoaches: JOBCOACHES,
    };
    const { rerender } = render(<TransitionDialog {...props} error={null} />);
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Startdatum/), '2026-04-01');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Vast contract (geen einddatum)' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Jobcoach/ }), 'Jamal Bakker');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Jobcoach' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Anders' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Omschrijving anders/ }), 'BSN 123456782');
    await user.click(within(dialog).getByRole('button', { name: 'Plaatsen' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);

    rerender(
      <TransitionDialog
        {...props}
        error={
          new ApiProblem({
            status: 422,
            violations: [
              { field: 'placement.arrangements[1].description', message: 'Geen BSN in vrije tekst.' },
              { field: 'placement.startDate', message: 'Hoogstens een jaar terug.' },
            ],
          })
        }
      />,
    );
    expect(within(dialog).getByRole('textbox', { name: /^Omschrijving anders/ })).toHaveAccessibleDescription(
      expect.stringContaining('Geen BSN in vrije tekst.'),
    );
    expect(within(dialog).getByLabelText(/^Startdatum/)).toHaveAccessibleDescription('Hoogstens een jaar terug.');
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
