import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { pageOf, talent } from '@/test/fixtures';
import { jsonResponse, mockFetch, requestsOf, testQueryClient } from '@/test/utils';
import { TalentChipsInput, type ChosenTalent } from './TalentChipsInput';

const TALENTS = [
  talent({ code: 'heftruckcertificaat', labelNl: 'Heftruckcertificaat', category: 'CERTIFICATE' }),
  talent({ code: 'heftruck-rijden', labelNl: 'Heftruck rijden', category: 'VOCATIONAL_SKILL' }),
  talent({ code: 'hulpvaardig', labelNl: 'Hulpvaardig', category: 'WORK_ATTITUDE' }),
];

function mockTalentApi() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/talents') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return jsonResponse(pageOf(TALENTS.filter((t) => t.labelNl.toLowerCase().includes(q))));
    }
    return new Response(null, { status: 404 });
  });
}

/** The chips input with its selection kept in state, as the filter form does. */
function Harness({ initial = [], onChange = vi.fn() }: { initial?: ChosenTalent[]; onChange?: (codes: string[]) => void }) {
  const [selected, setSelected] = useState<ChosenTalent[]>(initial);
  const set = (next: ChosenTalent[]) => {
    setSelected(next);
    onChange(next.map((t) => t.code));
  };
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <TalentChipsInput
        id="talents"
        label="Talenten"
        selected={selected}
        debounceMs={0}
        onAdd={(t) => set([...selected, t])}
        onRemove={(code) => set(selected.filter((t) => t.code !== code))}
      />
    </form>
  );
}

function renderChips(props: Parameters<typeof Harness>[0] = {}) {
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <Harness {...props} />
    </QueryClientProvider>,
  );
}

describe('TalentChipsInput', () => {
  it('suggests talents while typing (GET /api/talents?q=) and adds one with the keyboard', async () => {
    const user = userEvent.setup();
    const fetch = mockTalentApi();
    const onChange = vi.fn();
    renderChips({ onChange });

    const combobox = screen.getByRole('combobox', { name: 'Talenten' });
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await user.type(combobox, 'heftruck');

    await waitFor(() => expect(new URL(requestsOf(fetch).at(-1)!.url).searchParams.get('q')).toBe('heftruck'));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Heftruckcertificaat – Certificaat', 'Heftruck rijden – Vakvaardigheid']);
    expect(combobox).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(combobox).toHaveAttribute('aria-activedescendant', options[1].id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    expect(onChange).toHaveBeenLastCalledWith(['heftruck-rijden']);
    expect(screen.getByRole('button', { name: 'Verwijder talent Heftruck rijden' })).toBeInTheDocument();
    expect(combobox).toHaveValue('');
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Talent Heftruck rijden toegevoegd.');
  });

  it('wraps around with the arrow keys and closes with Escape', async () => {
    const user = userEvent.setup();
    mockTalentApi();
    renderChips();
    const combobox = screen.getByRole('combobox', { name: 'Talenten' });
    await user.type(combobox, 'heftruck');
    const options = await screen.findAllByRole('option');

    await user.keyboard('{ArrowUp}');
    expect(combobox).toHaveAttribute('aria-activedescendant', options[1].id);
    await user.keyboard('{ArrowDown}');
    expect(combobox).toHaveAttribute('aria-activedescendant', options[0].id);

    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
    expect(combobox).toHaveValue('heftruck');
    await user.keyboard('{Escape}');
    expect(combobox).toHaveValue('');
  });

  it('adds a talent by clicking it and no longer offers what is already chosen', async () => {
    const user = userEvent.setup();
    mockTalentApi();
    const onChange = vi.fn();
    renderChips({ initial: [{ code: 'heftruckcertificaat', label: 'Heftruckcertificaat' }], onChange });

    await user.type(screen.getByRole('combobox', { name: 'Talenten' }), 'h');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(screen.queryByRole('option', { name: /Heftruckcertificaat/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: /Hulpvaardig/ }));

    expect(onChange).toHaveBeenLastCalledWith(['heftruckcertificaat', 'hulpvaardig']);
    expect(screen.getByRole('list', { name: 'Gekozen talenten' }).querySelectorAll('li')).toHaveLength(2);
  });

  it('removes a chip with its button, by mouse or keyboard, and with Backspace in the empty field', async () => {
    const user = userEvent.setup();
    mockTalentApi();
    const onChange = vi.fn();
    renderChips({
      initial: [
        { code: 'heftruckcertificaat', label: 'Heftruckcertificaat' },
        { code: 'hulpvaardig', label: 'Hulpvaardig' },
        { code: 'heftruck-rijden', label: 'Heftruck rijden' },
      ],
      onChange,
    });

    await user.click(screen.getByRole('button', { name: 'Verwijder talent Heftruckcertificaat' }));
    expect(onChange).toHaveBeenLastCalledWith(['hulpvaardig', 'heftruck-rijden']);
    expect(screen.getByRole('combobox')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Talent Heftruckcertificaat verwijderd.');

    // Keyboard: Shift+Tab from the field reaches the last chip; Enter removes it.
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Verwijder talent Heftruck rijden' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['hulpvaardig']);

    await user.keyboard('{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.queryByRole('list', { name: 'Gekozen talenten' })).not.toBeInTheDocument();
  });

  it('says so when no talent matches', async () => {
    const user = userEvent.setup();
    mockTalentApi();
    renderChips();
    await user.type(screen.getByRole('combobox', { name: 'Talenten' }), 'xyz');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Geen talent gevonden.'));
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();
  });
});
