import type { KeyboardEvent } from 'react';
import type { SearchSort } from '@shared/contract/schemas';
import './facets.css';

const OPTIONS: ReadonlyArray<{ value: SearchSort; label: string; title: string }> = [
  { value: 'relevance', label: 'Relevance', title: 'Best matches first' },
  { value: 'date', label: 'Newest', title: 'Newest first; articles without a date last' }
];

/** Props of {@link SortToggle}. */
export interface SortToggleProps {
  sort: SearchSort;
  onSortChange: (sort: SearchSort) => void;
}

/**
 * How the results are ordered: by relevance or newest first, a two-way switch in the results
 * header. A radio group: one tab stop, ←/→ switch (and search again at once).
 */
export function SortToggle({ sort, onSortChange }: SortToggleProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const at = OPTIONS.findIndex((o) => o.value === sort);
    const next = OPTIONS[(at + (event.key === 'ArrowRight' ? 1 : OPTIONS.length - 1)) % OPTIONS.length];
    if (!next) return;
    onSortChange(next.value);
    event.currentTarget.parentElement?.querySelector<HTMLElement>(`[data-sort="${next.value}"]`)?.focus();
  };
  return (
    <div className="sort-toggle" role="radiogroup" aria-label="Sort results" data-testid="search-sort">
      {OPTIONS.map((option) => {
        const checked = option.value === sort;
        return (
          <button
            key={option.value}
            type="button"
            role="radio"
            className="sort-toggle__option"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            title={option.title}
            data-sort={option.value}
            onClick={() => onSortChange(option.value)}
            onKeyDown={onKeyDown}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
