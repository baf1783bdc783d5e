import { useState, type FormEvent } from 'react';
import { SelectField, TextField, optionsFrom } from '@/components/form';
import { TalentChipsInput } from '@/components/talent/TalentChipsInput';
import type { Municipality } from '@/lib/api/types';
import { candidateStatusLabels, nl, targetGroupLabels } from '@/lib/i18n/nl';
import { useTalentsByCode } from '@/lib/talent-options';
import {
  MATCH_ALL,
  MATCH_ANY,
  talentCodesFromUrl,
  talentCodesToUrl,
  type CandidateSearchValues,
} from '../utils/search-params';

export interface CandidateFiltersProps {
  values: CandidateSearchValues;
  municipalities: Municipality[];
  onChange: (changes: Partial<CandidateSearchValues>) => void;
  /** Type-ahead delay of the talent field (tests use 0). */
  debounceMs?: number;
}

/** The free-text fields are applied with "Zoeken" (or when leaving the field); the rest at once. */
type TextKey = 'q' | 'urenVan' | 'urenTot' | 'beschikbaarVoor';
const TEXT_KEYS: readonly TextKey[] = ['q', 'urenVan', 'urenTot', 'beschikbaarVoor'];

function textValues(values: CandidateSearchValues): Record<TextKey, string> {
  return { q: values.q, urenVan: values.urenVan, urenTot: values.urenTot, beschikbaarVoor: values.beschikbaarVoor };
}

const LEVEL_OPTIONS = [1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: nl.candidates.levelOption(level) }));

/** Talent chips (all / at least one, minimum level), target group, municipality, hours, date, status, text, sort. */
export function CandidateFilters({ values, municipalities, onChange, debounceMs }: CandidateFiltersProps) {
  const t = nl.candidates;
  const [draft, setDraft] = useState(() => textValues(values));
  const [synced, setSynced] = useState(() => textValues(values));
  // Follow the URL when it changes from outside (back button, "filters wissen").
  const fromUrl = textValues(values);
  const changedInUrl = TEXT_KEYS.filter((k) => fromUrl[k] !== synced[k]);
  if (changedInUrl.length > 0) {
    setSynced(fromUrl);
    setDraft((d) => {
      const next = { ...d };
      for (const k of changedInUrl) next[k] = fromUrl[k];
      return next;
    });
  }

  const codes = talentCodesFromUrl(values.talenten);
  const talents = useTalentsByCode(codes);
  const selected = codes.map((code) => ({ code, label: talents.get(code)?.labelNl ?? code }));

  const apply = (key: TextKey) => {
    const value = draft[key].trim();
    if (value !== values[key]) onChange({ [key]: value });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes: Partial<CandidateSearchValues> = {};
    for (const key of TEXT_KEYS) changes[key] = draft[key].trim();
    onChange(changes);
  };

  const setDraftValue = (key: TextKey) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <form className="filters filters--candidates" role="search" aria-label={nl.list.filters} onSubmit={submit}>
      <div className="filters-talents">
        <TalentChipsInput
          id="candidate-talents"
          label={t.talents}
          hint={t.talentsHint}
          selected={selected}
          debounceMs={debounceMs}
          onAdd={(talent) => onChange({ talenten: talentCodesToUrl([...codes, talent.code]) })}
          onRemove={(code) => onChange({ talenten: talentCodesToUrl(codes.filter((c) => c !== code)) })}
        />
        <fieldset className="radio-group">
          <legend className="field-label">{t.talentMatch}</legend>
          {[
            { value: MATCH_ANY, label: t.talentMatchAny },
            { value: MATCH_ALL, label: t.talentMatchAll },
          ].map((option) => (
            <div key={option.value} className="radio-row">
              <input
                type="radio"
                id={`candidate-match-${option.value}`}
                name="candidate-match"
                value={option.value}
                checked={(values.match === MATCH_ALL ? MATCH_ALL : MATCH_ANY) === option.value}
                onChange={() => onChange({ match: option.value })}
              />
              <label htmlFor={`candidate-match-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
        <SelectField
          id="candidate-min-level"
          label={t.minLevel}
          value={values.niveau}
          onChange={(niveau) => onChange({ niveau })}
          options={LEVEL_OPTIONS}
          placeholder={t.anyLevel}
        />
      </div>
      <SelectField
        id="candidate-target-group"
        label={t.targetGroup}
        value={values.doelgroep}
        onChange={(doelgroep) => onChange({ doelgroep })}
        options={optionsFrom(targetGroupLabels)}
        placeholder={t.allTargetGroups}
      />
      <SelectField
        id="candidate-municipality"
        label={t.municipality}
        value={values.gemeente}
        onChange={(gemeente) => onChange({ gemeente })}
        options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
        placeholder={t.allMunicipalities}
      />
      <SelectField
        id="candidate-status"
        label={t.status}
        value={values.status}
        onChange={(status) => onChange({ status })}
        options={optionsFrom(candidateStatusLabels)}
      />
      <SelectField
        id="candidate-sort"
        label={nl.list.sortBy}
        value={values.sortering}
        onChange={(sortering) => onChange({ sortering })}
        options={Object.entries(t.sort).map(([value, label]) => ({ value, label }))}
      />
      <TextField
        id="candidate-hours-min"
        label={t.hoursMin}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={draft.urenVan}
        onChange={setDraftValue('urenVan')}
        onBlur={() => apply('urenVan')}
      />
      <TextField
        id="candidate-hours-max"
        label={t.hoursMax}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={draft.urenTot}
        onChange={setDraftValue('urenTot')}
        onBlur={() => apply('urenTot')}
      />
      <TextField
        id="candidate-available-by"
        label={t.availableBy}
        hint={t.availableByHint}
        type="date"
        value={draft.beschikbaarVoor}
        onChange={setDraftValue('beschikbaarVoor')}
        onBlur={() => apply('beschikbaarVoor')}
      />
      <div className="search-row">
        <TextField id="candidate-search" label={t.q} type="search" value={draft.q} onChange={setDraftValue('q')} />
        <button type="submit" className="button button--primary">
          {nl.list.searchButton}
        </button>
      </div>
    </form>
  );
}
