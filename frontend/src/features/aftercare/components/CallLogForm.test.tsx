import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/api/problem';
import { CallLogForm, validateLog } from './CallLogForm';

function renderForm(error: unknown = null) {
  const onSubmit = vi.fn();
  render(<CallLogForm busy={false} error={error} onSubmit={onSubmit} onReload={vi.fn()} />);
  return { onSubmit };
}

describe('CallLogForm', () => {
  it('wants a result first', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: /Hoe ging het bellen/ })).toHaveAccessibleDescription('Kies of je iemand hebt gesproken.');
    expect(screen.getByRole('button', { name: 'Gesproken' })).toHaveFocus();
  });

  it('"Gesproken" needs how it goes and with whom, as radio groups', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Gesproken' }));
    expect(screen.getByRole('button', { name: 'Gesproken' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Niet bereikt' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const outcome = screen.getByRole('group', { name: /Hoe gaat het/ });
    const contact = screen.getByRole('group', { name: /Met wie heb je gesproken/ });
    expect(outcome).toHaveAccessibleDescription('Kies hoe het gaat.');
    expect(contact).toHaveAccessibleDescription('Kies met wie je hebt gesproken.');
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      'GOOD',
      'CONCERN',
      'AT_RISK',
      'CANDIDATE',
      'EMPLOYER',
      'BOTH',
    ]);

    await user.click(screen.getByRole('radio', { name: 'Goed' }));
    // Keyboard: arrows move within a native radio group.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Zorgen' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Kandidaat' }));
    await user.type(screen.getByRole('textbox', { name: /^Notities/ }), 'Gaat goed, wel moe.');
    await user.type(screen.getByRole('textbox', { name: /^Afspraken/ }), 'Over een week weer bellen.');
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    expect(onSubmit).toHaveBeenCalledWith({
      result: 'DONE',
      outcome: 'CONCERN',
      contactWith: 'CANDIDATE',
      notes: 'Gaat goed, wel moe.',
      agreedActions: 'Over een week weer bellen.',
    });
  });

  it('"Niet bereikt" asks for neither outcome nor with whom, and sends none', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Gesproken' }));
    await user.click(screen.getByRole('radio', { name: 'Risico' }));
    await user.click(screen.getByRole('button', { name: 'Niet bereikt' }));
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    expect(onSubmit).toHaveBeenCalledWith({ result: 'NOT_REACHED' });
  });

  it('shows a server violation at its field', () => {
    renderForm(new ApiProblem({ status: 422, violations: [{ field: 'notes', message: 'Geen BSN in vrije tekst.' }] }));
    expect(screen.getByRole('textbox', { name: /^Notities/ })).toHaveAccessibleDescription(
      expect.stringContaining('Geen BSN in vrije tekst.'),
    );
  });

  it('the rules as a function', () => {
    const empty = { result: '', outcome: '', contactWith: '', notes: '', agreedActions: '' } as const;
    expect(Object.keys(validateLog(empty))).toEqual(['result']);
    expect(Object.keys(validateLog({ ...empty, result: 'DONE' }))).toEqual(['outcome', 'contactWith']);
    expect(validateLog({ ...empty, result: 'DONE', outcome: 'GOOD', contactWith: 'BOTH' })).toEqual({});
    expect(validateLog({ ...empty, result: 'NOT_REACHED' })).toEqual({});
  });
});
