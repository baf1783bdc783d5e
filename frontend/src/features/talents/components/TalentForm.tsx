import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SelectField, TextField, optionsFrom } from '@/components/form';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem, violationsByField } from '@/lib/api/problem';
import type { Talent, TalentCategory, TalentCreateRequest } from '@/lib/api/types';
import { nl, talentCategoryLabels } from '@/lib/i18n/nl';

export const TALENT_FIELDS = ['code', 'labelNl', 'labelEn', 'category', 'escoUri'] as const;
type TalentField = (typeof TALENT_FIELDS)[number];
type TalentFormValues = Record<TalentField, string>;

function formValues(talent?: Talent): TalentFormValues {
  return {
    code: talent?.code ?? '',
    labelNl: talent?.labelNl ?? '',
    labelEn: talent?.labelEn ?? '',
    category: talent?.category ?? '',
    escoUri: talent?.escoUri ?? '',
  };
}

/** The request as typed; the server validates (an empty required field gets its violation). */
export function talentRequestFrom(values: TalentFormValues): TalentCreateRequest {
  return {
    code: values.code.trim(),
    labelNl: values.labelNl,
    labelEn: values.labelEn,
    category: (values.category || null) as TalentCategory,
    escoUri: values.escoUri.trim() === '' ? undefined : values.escoUri.trim(),
  };
}

export interface TalentFormProps {
  /** Editing an existing talent: its code cannot change and is not sent. */
  initial?: Talent;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (body: TalentCreateRequest) => void;
  onReload?: () => void;
  cancelTo: string;
}

/** Create a talent, or rename / recategorise an existing one. */
export function TalentForm({ initial, submitLabel, busy, error, onSubmit, onReload, cancelTo }: TalentFormProps) {
  const [values, setValues] = useState<TalentFormValues>(() => formValues(initial));
  const set = (field: TalentField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const { byField, other } = violationsByField(isApiProblem(error) ? error.violations : [], TALENT_FIELDS);
  const f = nl.talents.fields;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(talentRequestFrom(values));
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <ProblemAlert error={error} otherViolations={other} subject={nl.talents.thisTalent} onReload={onReload} focusOnShow />
      <p className="required-legend">{nl.app.requiredLegend}</p>
      {!initial && (
        <TextField
          id="talent-code"
          label={f.code}
          required
          hint={nl.talents.hints.code}
          value={values.code}
          onChange={set('code')}
          error={byField.code}
          autoCapitalize="none"
          spellCheck={false}
        />
      )}
      <TextField id="talent-labelNl" label={f.labelNl} required value={values.labelNl} onChange={set('labelNl')} error={byField.labelNl} />
      <TextField
        id="talent-labelEn"
        label={f.labelEn}
        required
        lang="en"
        value={values.labelEn}
        onChange={set('labelEn')}
        error={byField.labelEn}
      />
      <SelectField
        id="talent-category"
        label={f.category}
        required
        value={values.category}
        onChange={set('category')}
        options={optionsFrom(talentCategoryLabels)}
        placeholder={nl.talents.chooseCategory}
        error={byField.category}
      />
      <TextField
        id="talent-escoUri"
        label={f.escoUri}
        type="url"
        hint={nl.talents.hints.escoUri}
        value={values.escoUri}
        onChange={set('escoUri')}
        error={byField.escoUri}
      />
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
