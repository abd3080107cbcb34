import { useRef, type KeyboardEvent, type Ref } from 'react';
import { Icon } from '../../components/Icon';
import { Kbd } from '../../components/Kbd';
import { Spinner } from '../../components/Spinner';
import { assignRef } from '../../lib/assignRef';
import { shortcutLabel } from '../../lib/platform';
import { SearchHelp } from './SearchHelp';
import './search.css';

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  pending: boolean;
  /** Up/Down: move the selection in the results without leaving the box. */
  onMove: (delta: number) => void;
  /** Enter: open the selected result. */
  onSubmit: () => void;
  /** Esc: clear the search and go back to the library. */
  onEscape: () => void;
  /** True while results are listed under the box (the combobox's popup is "expanded"). */
  expanded: boolean;
  /** The DOM id of the selected result, so screen readers follow the arrow keys. */
  activeId: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  /** While a comparison covers the list, searching waits (its results would be hidden). */
  disabled?: boolean;
}

/**
 * The search field of the top bar. Focus stays in it while the arrow keys walk the results
 * (the combobox pattern), so a researcher can type, look, refine, and open without the mouse.
 */
export function SearchBox({ value, onChange, pending, onMove, onSubmit, onEscape, expanded, activeId, inputRef, disabled = false }: SearchBoxProps) {
  const ownRef = useRef<HTMLInputElement | null>(null);
  const setRefs = (element: HTMLInputElement | null) => {
    ownRef.current = element;
    assignRef(inputRef, element);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') onMove(1);
    else if (event.key === 'ArrowUp') onMove(-1);
    else if (event.key === 'Enter') onSubmit();
    else if (event.key === 'Escape') onEscape();
    else return;
    event.preventDefault();
  };

  return (
    <div className="search-box" role="search">
      <Icon name="search" className="search-box__icon" />
      <input
        ref={setRefs}
        className="search-box__input"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        value={value}
        placeholder={disabled ? 'Close the comparison to search' : 'Search articles'}
        aria-label="Search articles"
        disabled={disabled}
        aria-keyshortcuts="Control+K Meta+K"
        aria-controls={expanded ? 'search-results' : undefined}
        spellCheck={false}
        autoComplete="off"
        data-testid="search-input"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="search-box__end">
        {pending ? <Spinner size={13} /> : null}
        {value ? (
          <button type="button" className="search-box__clear" aria-label="Clear search" onClick={onEscape}>
            <Icon name="close" size={13} />
          </button>
        ) : (
          <Kbd>{shortcutLabel('K')}</Kbd>
        )}
        <SearchHelp
          onPick={(example) => {
            onChange(example);
            ownRef.current?.focus();
          }}
        />
      </span>
    </div>
  );
}
