import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/api/problem';
import { employer } from '@/test/fixtures';
import { renderRoute } from '@/test/utils';
import { EmployerForm, type EmployerFormProps } from './EmployerForm';

const municipalities = [
  { code: 'capelle', name: 'Capelle aan den IJssel' },
  { code: 'rotterdam', name: 'Rotterdam' },
];

function renderForm(props: Partial<EmployerFormProps> = {}) {
  const onSubmit = vi.fn();
  renderRoute(
    <EmployerForm
      municipalities={municipalities}
      submitLabel="Werkgever opslaan"
      busy={false}
      error={null}
      onSubmit={onSubmit}
      cancelTo="/werkgevers"
      {...props}
    />,
  );
  return { onSubmit };
}

describe('EmployerForm', () => {
  it('labels every field and marks the required ones', () => {
    renderForm();
    for (const label of ['Naam', 'KvK-nummer', 'Sector', 'Bedrijfsgrootte', 'Postcode', 'Gemeente']) {
      expect(screen.getByLabelText(new RegExp(`^${label} \\*`))).toHaveAttribute('aria-required', 'true');
    }
    for (const label of ['Contactpersoon', 'Telefoonnummer', 'E-mailadres']) {
      expect(screen.getByLabelText(label)).not.toHaveAttribute('aria-required');
    }
  });

  it('sends what the user typed, without blocking on client-side rules', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();

    await user.type(screen.getByLabelText(/^Naam/), 'Schilderbedrijf Verf & Zo');
    await user.type(screen.getByLabelText(/^KvK-nummer/), '123');
    await user.selectOptions(screen.getByLabelText(/^Sector/), 'CONSTRUCTION');
    await user.selectOptions(screen.getByLabelText(/^Bedrijfsgrootte/), 'SMALL');
    await user.type(screen.getByLabelText(/^Postcode/), '3011ab');
    await user.selectOptions(screen.getByLabelText(/^Gemeente/), 'rotterdam');
    await user.click(screen.getByRole('button', { name: 'Werkgever opslaan' }));

    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Schilderbedrijf Verf & Zo',
      kvkNumber: '123',
      sector: 'CONSTRUCTION',
      sizeClass: 'SMALL',
      contactPerson: undefined,
      phone: undefined,
      email: undefined,
      postcode: '3011ab',
      municipalityCode: 'rotterdam',
    });
  });

  it('shows the server violations next to their fields and the detail at the top', () => {
    renderForm({
      error: new ApiProblem({
        status: 422,
        type: 'https://werkhub.nl/problems/validation-failed',
        title: 'Validation failed',
        detail: 'Het verzoek bevat 2 ongeldige velden',
        violations: [
          { field: 'kvkNumber', message: 'moet precies 8 cijfers zijn' },
          { field: 'postcode', message: 'is geen Nederlandse postcode' },
          { field: 'somethingElse', message: 'klopt niet met iets anders' },
        ],
      }),
    });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Controleer de gemarkeerde velden');
    expect(alert).toHaveTextContent('Het verzoek bevat 2 ongeldige velden');
    expect(within(alert).getByText('klopt niet met iets anders')).toBeInTheDocument();

    const kvk = screen.getByLabelText(/^KvK-nummer/);
    expect(kvk).toHaveAttribute('aria-invalid', 'true');
    expect(kvk).toHaveAccessibleDescription(/moet precies 8 cijfers zijn/);
    expect(screen.getByLabelText(/^Postcode/)).toHaveAccessibleDescription(/is geen Nederlandse postcode/);
    expect(screen.getByLabelText(/^Naam/)).not.toHaveAttribute('aria-invalid');
    // The message sits right after its own input.
    expect(kvk.parentElement).toHaveTextContent('moet precies 8 cijfers zijn');
  });

  it('explains a 409 (duplicate KvK) with the server detail', () => {
    renderForm({
      error: new ApiProblem({ status: 409, detail: 'Er is al een werkgever met KvK-nummer 24123456' }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Er is al een werkgever met KvK-nummer 24123456');
  });

  it('on 412 says someone else changed it and offers to load the newest version', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    renderForm({ initial: employer(), error: new ApiProblem({ status: 412, detail: 'stale' }), onReload });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft deze werkgever gewijzigd');
    await user.click(within(alert).getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('starts with the values of an existing employer', () => {
    renderForm({ initial: employer() });
    expect(screen.getByLabelText(/^Naam/)).toHaveValue('Bakkerij De Korenschoof');
    expect(screen.getByLabelText(/^Sector/)).toHaveValue('HOSPITALITY');
    expect(screen.getByLabelText(/^Gemeente/)).toHaveValue('rotterdam');
  });
});
