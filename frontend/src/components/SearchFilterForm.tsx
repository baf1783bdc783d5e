import { useState, type FormEvent, type ReactNode } from 'react';
import { TextField } from '@/components/form';
import { nl } from '@/lib/i18n/nl';

export interface SearchFilterFormProps {
  /** id of the search box; its label is `searchLabel`. */
  searchId: string;
  searchLabel: string;
  /** The search text as it stands in the URL. */
  query: string;
  /** Called with the trimmed text when the user submits the search. */
  onSearch: (query: string) => void;
  /** The list's other filters (selects, checkboxes); they apply as they change. */
  children: ReactNode;
}

/**
 * The filter bar of a list: a search box that applies on submit, followed by the list's own
 * filters. The text being typed is local until submitted, so the URL (and the query) does not
 * change on every key stroke.
 */
export function SearchFilterForm({ searchId, searchLabel, query, onSearch, children }: SearchFilterFormProps) {
  const [text, setText] = useState(query);
  const [syncedQuery, setSyncedQuery] = useState(query);
  // Follow the URL when it changes from outside (back button, "filters wissen").
  if (query !== syncedQuery) {
    setSyncedQuery(query);
    setText(query);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };

  return (
    <form className="filters" role="search" aria-label={nl.list.filters} onSubmit={submit}>
      <div className="search-row">
        <TextField id={searchId} label={searchLabel} type="search" value={text} onChange={setText} />
        <button type="submit" className="button button--primary">
          {nl.list.searchButton}
        </button>
      </div>
      {children}
    </form>
  );
}
