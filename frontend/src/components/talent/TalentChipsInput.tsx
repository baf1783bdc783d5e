import { useRef, useState } from 'react';
import { FieldHint } from '@/components/form';
import { nl } from '@/lib/i18n/nl';
import { TalentCombobox } from './TalentCombobox';

export interface ChosenTalent {
  code: string;
  /** The Dutch label; the code itself while the label is still loading. */
  label: string;
}

export interface TalentChipsInputProps {
  id: string;
  label: string;
  hint?: string;
  selected: readonly ChosenTalent[];
  onAdd: (talent: ChosenTalent) => void;
  onRemove: (code: string) => void;
  /** Type-ahead delay in ms (tests use 0). */
  debounceMs?: number;
}

/**
 * Talent filter chips: the talent type-ahead plus the chosen talents as buttons that
 * remove themselves; Backspace in the empty field removes the last chip. Additions and
 * removals are announced in the combobox's live region.
 */
export function TalentChipsInput({ id, label, hint, selected, onAdd, onRemove, debounceMs }: TalentChipsInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const inputRef = useRef<HTMLInputElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const remove = (talent: ChosenTalent) => {
    onRemove(talent.code);
    setAnnouncement(nl.talentPicker.removed(talent.label));
    inputRef.current?.focus();
  };

  return (
    <div className="field chips-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldHint id={hintId} hint={hint} />
      {selected.length > 0 && (
        <ul className="chips" aria-label={nl.talentPicker.chosen}>
          {selected.map((talent) => (
            <li key={talent.code}>
              <button
                type="button"
                className="chip"
                aria-label={nl.talentPicker.remove(talent.label)}
                onClick={() => remove(talent)}
              >
                <span>{talent.label}</span>
                <span className="chip-remove" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <TalentCombobox
        id={id}
        ref={inputRef}
        exclude={new Set(selected.map((t) => t.code))}
        describedBy={hintId}
        debounceMs={debounceMs}
        announcement={announcement}
        onInput={() => setAnnouncement('')}
        onAdd={(talent) => {
          onAdd({ code: talent.code, label: talent.labelNl });
          setAnnouncement(nl.talentPicker.added(talent.labelNl));
          inputRef.current?.focus();
        }}
        onBackspaceEmpty={selected.length > 0 ? () => remove(selected[selected.length - 1]) : undefined}
      />
    </div>
  );
}
