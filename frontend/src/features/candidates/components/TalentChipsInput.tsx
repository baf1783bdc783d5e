import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { FieldHint } from '@/components/form';
import { nl, talentCategoryLabels } from '@/lib/i18n/nl';
import { useTalentOptions } from '@/lib/talent-options';
import { useDebouncedValue } from '@/lib/use-debounced-value';

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
 * Talent filter chips: a combobox with type-ahead over GET /api/talents?q= (ARIA 1.2
 * combobox + listbox: arrows move, Enter adds, Escape closes, Backspace in an empty field
 * removes the last chip) and the chosen talents as buttons that remove themselves.
 * Additions and removals are announced in a live region.
 */
export function TalentChipsInput({
  id,
  label,
  hint,
  selected,
  onAdd,
  onRemove,
  debounceMs = 250,
}: TalentChipsInputProps) {
  const uid = useId().replace(/:/g, '');
  const listboxId = `${id}-listbox`;
  const hintId = hint ? `${id}-hint` : undefined;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const debounced = useDebouncedValue(query, debounceMs);
  const talents = useTalentOptions(debounced);
  const chosen = new Set(selected.map((t) => t.code));
  const options = query.trim() ? (talents.data?.items ?? []).filter((t) => !chosen.has(t.code)) : [];
  const searching = query.trim() !== '' && (debounced !== query || talents.isFetching);
  const expanded = open && query.trim() !== '';
  const optionId = (index: number) => `${uid}-option-${index}`;
  const active = activeIndex >= 0 && activeIndex < options.length ? activeIndex : -1;

  const add = (index: number) => {
    const talent = options[index];
    if (!talent) return;
    onAdd({ code: talent.code, label: talent.labelNl });
    setAnnouncement(nl.candidates.talentAdded(talent.labelNl));
    setQuery('');
    setActiveIndex(-1);
    setOpen(false);
    inputRef.current?.focus();
  };

  const remove = (talent: ChosenTalent) => {
    onRemove(talent.code);
    setAnnouncement(nl.candidates.talentRemoved(talent.label));
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActiveIndex(active < options.length - 1 ? active + 1 : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActiveIndex(active > 0 ? active - 1 : options.length - 1);
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          add(active);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActiveIndex(-1);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Backspace':
        if (query === '' && selected.length > 0) {
          event.preventDefault();
          remove(selected[selected.length - 1]);
        }
        break;
      default:
        break;
    }
  };

  let status = '';
  if (expanded) {
    if (searching) status = nl.candidates.talentsSearching;
    else if (options.length === 0) status = nl.candidates.noTalentFound;
    else status = nl.candidates.talentOptionsCount(options.length);
  }

  return (
    <div className="field chips-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldHint id={hintId} hint={hint} />
      {selected.length > 0 && (
        <ul className="chips" aria-label={nl.candidates.chosenTalents}>
          {selected.map((talent) => (
            <li key={talent.code}>
              <button
                type="button"
                className="chip"
                aria-label={nl.candidates.removeTalent(talent.label)}
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
      <div className="combobox">
        <input
          ref={inputRef}
          id={id}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setAnnouncement('');
            setActiveIndex(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label={nl.candidates.talentSuggestions}
          className="combobox-listbox"
          hidden={!expanded || options.length === 0}
        >
          {options.map((talent, index) => (
            // Keyboard users work through the combobox (aria-activedescendant); the mouse clicks here.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={talent.code}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'combobox-option combobox-option--active' : 'combobox-option'}
              // Keep the focus in the input, so the list does not close before the click.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => add(index)}
            >
              <span className="combobox-option-label">{talent.labelNl}</span>
              {' – '}
              <span className="combobox-option-category">{talentCategoryLabels[talent.category]}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status">
        {announcement || status}
      </p>
    </div>
  );
}
