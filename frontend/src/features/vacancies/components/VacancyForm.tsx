import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CheckboxField, SelectField, TextAreaField, TextField, optionsFrom } from '@/components/form';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem, violationsByField } from '@/lib/api/problem';
import type { Vacancy, VacancyRequest } from '@/lib/api/types';
import { contractTypeLabels, languageLevelLabels, nl, sectorLabels } from '@/lib/i18n/nl';
import { EmployerPicker } from './EmployerPicker';
import { VacancyTalentsEditor, type VacancyTalentDraft } from './VacancyTalentsEditor';

export const VACANCY_FIELDS = [
  'employerId',
  'title',
  'description',
  'sector',
  'postcode',
  'latitude',
  'longitude',
  'hoursPerWeekMin',
  'hoursPerWeekMax',
  'contractType',
  'startDate',
  'positions',
  'dutchLevel',
  'drivingLicenceRequired',
] as const;

type VacancyField = (typeof VACANCY_FIELDS)[number];
type TextFields = Exclude<VacancyField, 'drivingLicenceRequired'>;

export interface VacancyFormValues extends Record<TextFields, string> {
  drivingLicenceRequired: boolean;
  talents: VacancyTalentDraft[];
}

/** Violations about the talents list go to the talents editor, not to the alert at the top. */
function isTalentViolation(field: string): boolean {
  return /(^|\.)talents(\[\d+\])?(\.|$)/.test(field);
}

const str = (n: number | null | undefined) => (typeof n === 'number' ? String(n) : '');

export function vacancyFormValues(vacancy?: Vacancy, defaults?: Partial<VacancyFormValues>): VacancyFormValues {
  return {
    employerId: vacancy?.employerId ?? defaults?.employerId ?? '',
    title: vacancy?.title ?? '',
    description: vacancy?.description ?? '',
    sector: vacancy?.sector ?? '',
    postcode: vacancy?.postcode ?? '',
    latitude: str(vacancy?.latitude),
    longitude: str(vacancy?.longitude),
    hoursPerWeekMin: str(vacancy?.hoursPerWeekMin),
    hoursPerWeekMax: str(vacancy?.hoursPerWeekMax),
    contractType: vacancy?.contractType ?? '',
    startDate: vacancy?.startDate ?? '',
    positions: vacancy ? str(vacancy.positions) : '1',
    dutchLevel: vacancy?.dutchLevel ?? '',
    drivingLicenceRequired: vacancy?.drivingLicenceRequired ?? false,
    talents: (vacancy?.talents ?? []).map((t) => ({
      code: t.code,
      labelNl: t.labelNl,
      category: t.category,
      requirement: t.requirement,
      minLevel: t.minLevel,
      retired: t.retired,
    })),
  };
}

/** A number as typed ("32", "51,92" or "51.92"); empty → null so the server reports a missing value. */
function numberOrNull(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/**
 * The request as the user filled it in. Nothing is validated here: the server
 * checks every rule and its violations are shown next to the fields.
 */
export function vacancyRequestFrom(values: VacancyFormValues): VacancyRequest {
  return {
    employerId: values.employerId,
    title: values.title,
    description: values.description,
    sector: (values.sector || null) as VacancyRequest['sector'],
    postcode: values.postcode,
    latitude: numberOrNull(values.latitude) ?? undefined,
    longitude: numberOrNull(values.longitude) ?? undefined,
    hoursPerWeekMin: numberOrNull(values.hoursPerWeekMin) as VacancyRequest['hoursPerWeekMin'],
    hoursPerWeekMax: numberOrNull(values.hoursPerWeekMax) as VacancyRequest['hoursPerWeekMax'],
    contractType: (values.contractType || null) as VacancyRequest['contractType'],
    startDate: values.startDate || undefined,
    positions: numberOrNull(values.positions) as VacancyRequest['positions'],
    dutchLevel: (values.dutchLevel || undefined) as VacancyRequest['dutchLevel'],
    drivingLicenceRequired: values.drivingLicenceRequired,
    talents: values.talents.map((t) => ({ code: t.code, requirement: t.requirement, minLevel: t.minLevel })),
  };
}

export interface VacancyFormProps {
  initial?: Vacancy;
  /** Pre-selected employer for a new vacancy (from ?werkgever=). */
  defaultEmployerId?: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  /** Show the "Direct openzetten (publiceren)" checkbox (new vacancies only). */
  offerPublish?: boolean;
  onSubmit: (body: VacancyRequest, options: { publish: boolean }) => void;
  onReload?: () => void;
  cancelTo: string;
  /** Type-ahead delay of the talents field in ms (tests use 0). */
  debounceMs?: number;
}

export function VacancyForm({
  initial,
  defaultEmployerId,
  submitLabel,
  busy,
  error,
  offerPublish = false,
  onSubmit,
  onReload,
  cancelTo,
  debounceMs,
}: VacancyFormProps) {
  const [values, setValues] = useState<VacancyFormValues>(() =>
    vacancyFormValues(initial, { employerId: defaultEmployerId }),
  );
  const [publish, setPublish] = useState(false);
  const set = (field: TextFields) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const violations = isApiProblem(error) ? error.violations : [];
  const talentViolations = violations.filter((v) => isTalentViolation(v.field));
  const { byField, other } = violationsByField(
    violations.filter((v) => !isTalentViolation(v.field)),
    VACANCY_FIELDS,
  );
  const f = nl.vacancies.fields;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(vacancyRequestFrom(values), { publish: offerPublish && publish });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <ProblemAlert error={error} otherViolations={other} subject={nl.vacancies.thisVacancy} onReload={onReload} focusOnShow />
      <p className="required-legend">{nl.app.requiredLegend}</p>

      <fieldset className="fieldset">
        <legend>{nl.vacancies.sectionJob}</legend>
        <EmployerPicker
          id="vacancy-employerId"
          label={f.employerId}
          required
          searchable
          status="ACTIVE"
          value={values.employerId}
          onChange={set('employerId')}
          selectedName={initial?.employerName}
          placeholder={nl.vacancies.chooseEmployer}
          error={byField.employerId}
        />
        <TextField id="vacancy-title" label={f.title} required value={values.title} onChange={set('title')} error={byField.title} autoComplete="off" />
        <TextAreaField
          id="vacancy-description"
          label={f.description}
          required
          value={values.description}
          onChange={set('description')}
          error={byField.description}
        />
        <SelectField
          id="vacancy-sector"
          label={f.sector}
          required
          value={values.sector}
          onChange={set('sector')}
          error={byField.sector}
          options={optionsFrom(sectorLabels)}
          placeholder={nl.vacancies.chooseSector}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{nl.vacancies.sectionWhere}</legend>
        <TextField
          id="vacancy-postcode"
          label={f.postcode}
          required
          value={values.postcode}
          onChange={set('postcode')}
          error={byField.postcode}
          hint={nl.vacancies.hints.postcode}
          autoComplete="off"
        />
        <p className="field-hint" id="vacancy-coordinates-hint">
          {nl.vacancies.hints.coordinates}
        </p>
        <div className="field-pair">
          <TextField
            id="vacancy-latitude"
            label={f.latitude}
            inputMode="decimal"
            value={values.latitude}
            onChange={set('latitude')}
            error={byField.latitude}
            autoComplete="off"
          />
          <TextField
            id="vacancy-longitude"
            label={f.longitude}
            inputMode="decimal"
            value={values.longitude}
            onChange={set('longitude')}
            error={byField.longitude}
            autoComplete="off"
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{nl.vacancies.sectionTerms}</legend>
        <div className="field-pair">
          <TextField
            id="vacancy-hoursPerWeekMin"
            label={f.hoursPerWeekMin}
            required
            type="number"
            min={1}
            max={60}
            inputMode="numeric"
            value={values.hoursPerWeekMin}
            onChange={set('hoursPerWeekMin')}
            error={byField.hoursPerWeekMin}
            hint={nl.vacancies.hints.hours}
          />
          <TextField
            id="vacancy-hoursPerWeekMax"
            label={f.hoursPerWeekMax}
            required
            type="number"
            min={1}
            max={60}
            inputMode="numeric"
            value={values.hoursPerWeekMax}
            onChange={set('hoursPerWeekMax')}
            error={byField.hoursPerWeekMax}
            hint={nl.vacancies.hints.hours}
          />
        </div>
        <div className="field-pair">
          <SelectField
            id="vacancy-contractType"
            label={f.contractType}
            required
            value={values.contractType}
            onChange={set('contractType')}
            error={byField.contractType}
            options={optionsFrom(contractTypeLabels)}
            placeholder={nl.vacancies.chooseContractType}
          />
          <TextField
            id="vacancy-startDate"
            label={f.startDate}
            type="date"
            value={values.startDate}
            onChange={set('startDate')}
            error={byField.startDate}
          />
        </div>
        <TextField
          id="vacancy-positions"
          label={f.positions}
          required
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          value={values.positions}
          onChange={set('positions')}
          error={byField.positions}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{nl.vacancies.sectionRequirements}</legend>
        <SelectField
          id="vacancy-dutchLevel"
          label={f.dutchLevel}
          value={values.dutchLevel}
          onChange={set('dutchLevel')}
          error={byField.dutchLevel}
          options={optionsFrom(languageLevelLabels)}
          placeholder={nl.vacancies.noLanguageRequirement}
        />
        <CheckboxField
          id="vacancy-drivingLicenceRequired"
          label={f.drivingLicenceRequired}
          checked={values.drivingLicenceRequired}
          onChange={(checked) => setValues((v) => ({ ...v, drivingLicenceRequired: checked }))}
          error={byField.drivingLicenceRequired}
        />
        <VacancyTalentsEditor
          id="vacancy-talents"
          talents={values.talents}
          onChange={(talents) => setValues((v) => ({ ...v, talents }))}
          violations={talentViolations}
          debounceMs={debounceMs}
        />
      </fieldset>

      {offerPublish && (
        <CheckboxField
          id="vacancy-publish"
          label={nl.vacancies.publishNow}
          hint={nl.vacancies.publishNowHint}
          checked={publish}
          onChange={setPublish}
        />
      )}

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
