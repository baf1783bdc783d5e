import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SelectField, TextField, optionsFrom } from '@/components/form';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem, violationsByField } from '@/lib/api/problem';
import type { Employer, EmployerRequest, Municipality } from '@/lib/api/types';
import { nl, sectorLabels, sizeClassLabels } from '@/lib/i18n/nl';

export const EMPLOYER_FIELDS = [
  'name',
  'kvkNumber',
  'sector',
  'sizeClass',
  'contactPerson',
  'phone',
  'email',
  'postcode',
  'municipalityCode',
] as const;

type EmployerField = (typeof EMPLOYER_FIELDS)[number];
export type EmployerFormValues = Record<EmployerField, string>;

export function employerFormValues(employer?: Employer): EmployerFormValues {
  return {
    name: employer?.name ?? '',
    kvkNumber: employer?.kvkNumber ?? '',
    sector: employer?.sector ?? '',
    sizeClass: employer?.sizeClass ?? '',
    contactPerson: employer?.contactPerson ?? '',
    phone: employer?.phone ?? '',
    email: employer?.email ?? '',
    postcode: employer?.postcode ?? '',
    municipalityCode: employer?.municipalityCode ?? '',
  };
}

/** Optional text: left out of the request when empty. */
const optional = (value: string) => (value.trim() === '' ? undefined : value);

/**
 * The request as the user typed it. Nothing is checked here: an empty required
 * field is sent empty and the server answers with a violation for it.
 */
export function employerRequestFrom(values: EmployerFormValues): EmployerRequest {
  return {
    name: values.name,
    kvkNumber: values.kvkNumber,
    sector: (values.sector || null) as EmployerRequest['sector'],
    sizeClass: (values.sizeClass || null) as EmployerRequest['sizeClass'],
    contactPerson: optional(values.contactPerson),
    phone: optional(values.phone),
    email: optional(values.email),
    postcode: values.postcode,
    municipalityCode: values.municipalityCode,
  };
}

export interface EmployerFormProps {
  initial?: Employer;
  municipalities: Municipality[];
  submitLabel: string;
  busy: boolean;
  /** The error of the last submit (an ApiProblem with violations is shown next to the fields). */
  error: unknown;
  onSubmit: (body: EmployerRequest) => void;
  /** Reload the current version after a 412. */
  onReload?: () => void;
  cancelTo: string;
}

export function EmployerForm({
  initial,
  municipalities,
  submitLabel,
  busy,
  error,
  onSubmit,
  onReload,
  cancelTo,
}: EmployerFormProps) {
  const [values, setValues] = useState<EmployerFormValues>(() => employerFormValues(initial));
  const set = (field: EmployerField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const { byField, other } = violationsByField(isApiProblem(error) ? error.violations : [], EMPLOYER_FIELDS);
  const f = nl.employers.fields;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(employerRequestFrom(values));
  };

  const municipalityOptions = municipalities.map((m) => ({ value: m.code, label: m.name }));

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <ProblemAlert
        error={error}
        otherViolations={other}
        subject={nl.employers.thisEmployer}
        onReload={onReload}
        focusOnShow
      />
      <p className="required-legend">{nl.app.requiredLegend}</p>

      <fieldset className="fieldset">
        <legend>{nl.employers.sectionCompany}</legend>
        <TextField id="employer-name" label={f.name} required value={values.name} onChange={set('name')} error={byField.name} autoComplete="organization" />
        <TextField
          id="employer-kvkNumber"
          label={f.kvkNumber}
          required
          value={values.kvkNumber}
          onChange={set('kvkNumber')}
          error={byField.kvkNumber}
          hint={nl.employers.hints.kvkNumber}
          inputMode="numeric"
          autoComplete="off"
        />
        <div className="field-pair">
          <SelectField
            id="employer-sector"
            label={f.sector}
            required
            value={values.sector}
            onChange={set('sector')}
            error={byField.sector}
            options={optionsFrom(sectorLabels)}
            placeholder={nl.employers.chooseSector}
          />
          <SelectField
            id="employer-sizeClass"
            label={f.sizeClass}
            required
            value={values.sizeClass}
            onChange={set('sizeClass')}
            error={byField.sizeClass}
            options={optionsFrom(sizeClassLabels)}
            placeholder={nl.employers.chooseSizeClass}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{nl.employers.sectionContact}</legend>
        <TextField id="employer-contactPerson" label={f.contactPerson} value={values.contactPerson} onChange={set('contactPerson')} error={byField.contactPerson} autoComplete="off" />
        <div className="field-pair">
          <TextField
            id="employer-phone"
            label={f.phone}
            type="tel"
            value={values.phone}
            onChange={set('phone')}
            error={byField.phone}
            hint={nl.employers.hints.phone}
            autoComplete="off"
          />
          <TextField id="employer-email" label={f.email} type="email" value={values.email} onChange={set('email')} error={byField.email} autoComplete="off" />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{nl.employers.sectionAddress}</legend>
        <div className="field-pair">
          <TextField
            id="employer-postcode"
            label={f.postcode}
            required
            value={values.postcode}
            onChange={set('postcode')}
            error={byField.postcode}
            hint={nl.employers.hints.postcode}
            autoComplete="off"
          />
          <SelectField
            id="employer-municipalityCode"
            label={f.municipalityCode}
            required
            value={values.municipalityCode}
            onChange={set('municipalityCode')}
            error={byField.municipalityCode}
            options={municipalityOptions}
            placeholder={nl.employers.chooseMunicipality}
          />
        </div>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? nl.app.saving : submitLabel}
        </button>
        <Link to={cancelTo} className="button button--secondary">
          {nl.app.cancel}
        </Link>
      </div>
    </form>
  );
}
