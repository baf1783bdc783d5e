import { useRef, useState } from 'react';
import { FieldError, FieldHint } from '@/components/form';
import { TalentCombobox } from '@/components/talent/TalentCombobox';
import type { Violation } from '@/lib/api/problem';
import type { TalentCategory, TalentRequirement } from '@/lib/api/types';
import { nl, talentCategoryLabels, talentRequirementLabels } from '@/lib/i18n/nl';

/** A talent as the form holds it: the request's fields plus what the rows show. */
export interface VacancyTalentDraft {
  code: string;
  labelNl: string;
  category: TalentCategory;
  requirement: TalentRequirement;
  minLevel: number;
  retired: boolean;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

export interface VacancyTalentsEditorProps {
  id: string;
  talents: readonly VacancyTalentDraft[];
  onChange: (talents: VacancyTalentDraft[]) => void;
  /** Server violations on `talents` or `talents[i].…`; shown at the list or at the row. */
  violations: readonly Violation[];
  /** Type-ahead delay in ms (tests use 0). */
  debounceMs?: number;
}

/** `talents[2].minLevel` → 2; anything not about one row → null. */
function rowOf(field: string): number | null {
  const m = /talents\[(\d+)\]/.exec(field);
  return m ? Number(m[1]) : null;
}

/**
 * The vacancy's talents: add with the talent type-ahead, then per talent "Vereist" or
 * "Pluspunt" and the minimum level 1–5. New talents start as must-have at level 1, the
 * API's default. Each row is a fieldset named after its talent, so its two selects are
 * announced with it.
 */
export function VacancyTalentsEditor({ id, talents, onChange, violations, debounceMs }: VacancyTalentsEditorProps) {
  const t = nl.vacancies;
  const inputRef = useRef<HTMLInputElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const hintId = `${id}-hint`;
  const listErrors = violations.filter((v) => rowOf(v.field) === null).map((v) => v.message);
  const listErrorId = listErrors.length > 0 ? `${id}-error` : undefined;
  const rowErrors = (index: number) => violations.filter((v) => rowOf(v.field) === index).map((v) => v.message);

  const update = (index: number, change: Partial<VacancyTalentDraft>) =>
    onChange(talents.map((talent, i) => (i === index ? { ...talent, ...change } : talent)));

  const remove = (index: number) => {
    const talent = talents[index];
    onChange(talents.filter((_, i) => i !== index));
    setAnnouncement(nl.talentPicker.removed(talent.labelNl));
    inputRef.current?.focus();
  };

  return (
    <div className={listErrors.length > 0 ? 'field field--invalid talents-editor' : 'field talents-editor'}>
      <label htmlFor={id} className="field-label">
        {t.talents}
      </label>
      <FieldHint id={hintId} hint={t.talentsHint} />
      <TalentCombobox
        id={id}
        ref={inputRef}
        exclude={new Set(talents.map((talent) => talent.code))}
        describedBy={[listErrorId, hintId].filter(Boolean).join(' ')}
        invalid={listErrors.length > 0}
        debounceMs={debounceMs}
        announcement={announcement}
        onInput={() => setAnnouncement('')}
        onAdd={(talent) => {
          onChange([
            ...talents,
            {
              code: talent.code,
              labelNl: talent.labelNl,
              category: talent.category,
              requirement: 'MUST_HAVE',
              minLevel: 1,
              retired: talent.retired,
            },
          ]);
          setAnnouncement(nl.talentPicker.added(talent.labelNl));
          inputRef.current?.focus();
        }}
      />
      <FieldError id={listErrorId} error={listErrors.join('; ') || undefined} />
      {talents.length === 0 ? (
        <p className="talents-editor-empty">{t.noTalents}</p>
      ) : (
        <ul className="talents-editor-list" aria-label={t.chosenTalents}>
          {talents.map((talent, index) => {
            const rowId = `${id}-${talent.code}`;
            const errors = rowErrors(index);
            return (
              <li key={talent.code}>
                <fieldset className={errors.length > 0 ? 'talent-row field--invalid' : 'talent-row'}>
                  <legend className="talent-row-name">
                    {talent.labelNl}
                    <span className="talent-row-category">
                      {' '}
                      – {talentCategoryLabels[talent.category]}
                      {talent.retired && ` (${t.retiredTalent})`}
                    </span>
                  </legend>
                  <div className="talent-row-controls">
                    <div className="field">
                      <label htmlFor={`${rowId}-requirement`} className="field-label">
                        {t.talentRequirement}
                      </label>
                      <select
                        id={`${rowId}-requirement`}
                        className="input"
                        value={talent.requirement}
                        onChange={(e) => update(index, { requirement: e.target.value as TalentRequirement })}
                      >
                        {(Object.keys(talentRequirementLabels) as TalentRequirement[]).map((r) => (
                          <option key={r} value={r}>
                            {talentRequirementLabels[r]}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor={`${rowId}-minLevel`} className="field-label">
                        {t.talentMinLevel}
                      </label>
                      <select
                        id={`${rowId}-minLevel`}
                        className="input"
                        value={String(talent.minLevel)}
                        onChange={(e) => update(index, { minLevel: Number(e.target.value) })}
                      >
                        {LEVELS.map((level) => (
                          <option key={level} value={level}>
                            {t.talentLevelOption(level)}
                          </option>
                        ))}
                      </select>
                    </div>
                    <button type="button" className="button button--secondary talent-row-remove" onClick={() => remove(index)}>
                      {nl.app.remove}{' '}
                      <span className="visually-hidden">{talent.labelNl}</span>
                    </button>
                  </div>
                  {errors.length > 0 && <p className="field-error">{errors.join('; ')}</p>}
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
