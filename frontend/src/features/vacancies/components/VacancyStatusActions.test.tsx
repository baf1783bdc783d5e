import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { VacancyStatus } from '@/lib/api/types';
import { VacancyStatusActions } from './VacancyStatusActions';

function buttonNames(): string[] {
  return screen.queryAllByRole('button').map((b) => b.textContent ?? '');
}

describe('VacancyStatusActions', () => {
  const cases: [VacancyStatus, string[]][] = [
    ['DRAFT', ['Openzetten (publiceren)', 'Sluiten']],
    ['OPEN', ['In de wacht zetten', 'Markeren als vervuld', 'Sluiten']],
    ['ON_HOLD', ['Openzetten (publiceren)', 'Sluiten']],
    ['FILLED', []],
    ['CLOSED', []],
  ];

  it.each(cases)('from %s offers only the legal transitions', (status, expected) => {
    render(<VacancyStatusActions status={status} onChange={vi.fn()} />);
    expect(buttonNames()).toEqual(expected);
    if (expected.length === 0) {
      expect(screen.getByText(/de status kan niet meer veranderen/)).toBeInTheDocument();
    }
  });

  it('asks for the chosen target status', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<VacancyStatusActions status="OPEN" onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'Markeren als vervuld' }));

    expect(onChange).toHaveBeenCalledWith('FILLED');
  });

  it('disables the buttons while a change is running', () => {
    render(<VacancyStatusActions status="DRAFT" onChange={vi.fn()} busy />);
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
  });
});
