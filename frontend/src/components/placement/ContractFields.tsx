import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/form';
import type { Jobcoach } from '@/lib/api/types';
import { arrangementKindLabels, nl } from '@/lib/i18n/nl';
import { contractFieldId, descriptionRequired, hasDescription, type ArrangementRow, type ContractErrors, type ContractValues } from './contract-form';

export interface ContractFieldsProps {
  /** Prefix of the element ids, so that two forms on a page do not clash. */
  idPrefix: string;
  values: ContractValues;
  onChange: (values: ContractValues) => void;
  errors: ContractErrors;
  jobcoaches: readonly Jobcoach[] | undefined;
  jobcoachesLoading: boolean;
  jobcoachesFailed: boolean;
}

/** The placement contract: dates (or vast contract), hours, jobcoach and the arrangements. */
export function ContractFields({ idPrefix, values, onChange, errors, jobcoaches, jobcoachesLoading, jobcoachesFailed }: ContractFieldsProps) {
  const set = (changes: Partial<ContractValues>) => onChange({ ...values, ...changes });
  const id = (field: string) => contractFieldId(idPrefix, field);
  // A jobcoach who has left the directory still shows on an existing placement.
  const options = (jobcoaches ?? []).map((j) => ({ value: j.username, label: j.displayName }));
  if (values.jobcoach && !options.some((o) => o.value === values.jobcoach)) {
    options.unshift({ value: values.jobcoach, label: values.jobcoach });
  }
  return (
    <>
      <TextField
        id={id('startDate')}
        label={nl.contract.startDate}
        required
        type="date"
        value={values.startDate}
        onChange={(startDate) => set({ startDate })}
        error={errors.startDate}
      />
      <CheckboxField
        id={id('permanent')}
        label={nl.contract.permanent}
        checked={values.permanent}
        onChange={(permanent) => set({ permanent })}
      />
      {!values.permanent && (
        <TextField
          id={id('endDate')}
          label={nl.contract.endDate}
          required
          type="date"
          min={values.startDate || undefined}
          value={values.endDate}
          onChange={(endDate) => set({ endDate })}
          error={errors.endDate}
        />
      )}
      <TextField
        id={id('hoursPerWeek')}
        label={nl.contract.hoursPerWeek}
        required
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        hint={nl.contract.hoursHint}
        value={values.hoursPerWeek}
        onChange={(hoursPerWeek) => set({ hoursPerWeek })}
        error={errors.hoursPerWeek}
      />
      <SelectField
        id={id('jobcoach')}
        label={nl.contract.jobcoach}
        required
        value={values.jobcoach}
        onChange={(jobcoach) => set({ jobcoach })}
        options={options}
        placeholder={jobcoachesLoading ? nl.contract.jobcoachesLoading : nl.contract.chooseJobcoach}
        hint={jobcoachesFailed ? nl.contract.jobcoachesFailed : undefined}
        error={errors.jobcoach}
      />
      <ArrangementsEditor
        idPrefix={idPrefix}
        rows={values.arrangements}
        onChange={(arrangements) => set({ arrangements })}
        errors={errors}
      />
    </>
  );
}

export interface ArrangementsEditorProps {
  idPrefix: string;
  rows: readonly ArrangementRow[];
  onChange: (rows: ArrangementRow[]) => void;
  errors: ContractErrors;
}

/** One tick per arrangement; a ticked OV-tegoed asks for its amount, Scholing and Anders for a description. */
export function ArrangementsEditor({ idPrefix, rows, onChange, errors }: ArrangementsEditorProps) {
  const update = (key: string, changes: Partial<ArrangementRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...changes } : r)));
  const id = (field: string) => contractFieldId(idPrefix, field);
  return (
    <fieldset className="fieldset arrangements" id={id('arrangements')} tabIndex={-1}>
      <legend>{nl.contract.arrangements}</legend>
      <p className="field-hint">{nl.contract.arrangementsHint}</p>
      {errors.arrangements && <p className="field-error">{errors.arrangements}</p>}
      {rows.map((r) => {
        const label = arrangementKindLabels[r.kind];
        return (
          <div key={r.key} className="arrangement-row">
            <CheckboxField id={id(`${r.key}.on`)} label={label} checked={r.on} onChange={(on) => update(r.key, { on })} />
            {r.on && r.kind === 'OV_TOPUP' && (
              <TextField
                id={id(`${r.key}.amount`)}
                label={nl.contract.amount}
                required
                inputMode="decimal"
                hint={nl.contract.amountHint}
                value={r.amount}
                onChange={(amount) => update(r.key, { amount })}
                error={errors[`${r.key}.amount`]}
                className="arrangement-detail"
              />
            )}
            {r.on && hasDescription(r.kind) && (
              <TextAreaField
                id={id(`${r.key}.description`)}
                label={nl.contract.description(label)}
                required={descriptionRequired(r.kind)}
                hint={nl.contract.descriptionHint}
                rows={2}
                maxLength={500}
                value={r.description}
                onChange={(description) => update(r.key, { description })}
                error={errors[`${r.key}.description`]}
                className="arrangement-detail"
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
