import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { Talent } from '@/lib/api/types';
import { nl, talentCategoryLabels } from '@/lib/i18n/nl';
import { useTalentOptions } from '@/lib/talent-options';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export interface TalentComboboxProps {
  /** Id of the input; the caller renders the <label htmlFor={id}>. */
  id: string;
  ref?: Ref<HTMLInputElement>;
  /** Codes already chosen: not offered again. */
  exclude: ReadonlySet<string>;
  onAdd: (talent: Talent) => void;
  /** Backspace in the empty field (chip inputs remove their last chip). */
  onBackspaceEmpty?: () => void;
  /** Called whenever the user types, so the caller can clear an old announcement. */
  onInput?: () => void;
  /** The caller's latest announcement ("Talent … toegevoegd."), read out in the same live region. */
  announcement?: string;
  describedBy?: string;
  invalid?: boolean;
  /** Type-ahead delay in ms (tests use 0). */
  debounceMs?: number;
}

/**
 * Type-ahead over GET /api/talents?q= as an ARIA 1.2 combobox with a listbox: arrows
 * move, Enter adds, Escape closes (a second Escape clears), the mouse clicks an option.
 * The focus stays in the input, so adding several talents is quick by keyboard.
 */
export function TalentCombobox({
  id,
  ref,
  exclude,
  onAdd,
  onBackspaceEmpty,
  onInput,
  announcement = '',
  describedBy,
  invalid = false,
  debounceMs = 250,
}: TalentComboboxProps) {
  const uid = useId().replace(/:/g, '');
  const listboxId = `${id}-listbox`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  const debounced = useDebouncedValue(query, debounceMs);
  const talents = useTalentOptions(debounced);
  const options = query.trim() ? (talents.data?.items ?? []).filter((t) => !exclude.has(t.code)) : [];
  const searching = query.trim() !== '' && (debounced !== query || talents.isFetching);
  const expanded = open && query.trim() !== '';
  const optionId = (index: number) => `${uid}-option-${index}`;
  const active = activeIndex >= 0 && activeIndex < options.length ? activeIndex : -1;

  const add = (index: number) => {
    const talent = options[index];
    if (!talent) return;
    onAdd(talent);
    setQuery('');
    setActiveIndex(-1);
    setOpen(false);
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
        // Enter without an active option must not submit the surrounding form by accident.
        if (expanded) {
          event.preventDefault();
          if (active >= 0) add(active);
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
        if (query === '' && onBackspaceEmpty) {
          event.preventDefault();
          onBackspaceEmpty();
        }
        break;
      default:
        break;
    }
  };

  let status = '';
  if (expanded) {
    if (searching) status = nl.talentPicker.searching;
    else if (options.length === 0) status = nl.talentPicker.noneFound;
    else status = nl.talentPicker.optionsCount(options.length);
  }

  return (
    <div className="combobox">
      <input
        ref={ref}
        id={id}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          onInput?.();
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
        aria-label={nl.talentPicker.suggestions}
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
      <p className="visually-hidden" role="status">
        {announcement || status}
      </p>
    </div>
  );
}
