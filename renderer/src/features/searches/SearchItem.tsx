import type { KeyboardEvent, Ref } from 'react';
import { Icon } from '../../components/Icon';
import { formatCount, plural } from '../../lib/format';

/** Props of {@link SearchItem}. */
export interface SearchItemProps {
  kind: 'saved' | 'recent';
  /** A saved search's name, or a recent query. */
  label: string;
  /** The tooltip: the query a name stands for, or when a recent search was made. */
  title: string;
  /** How many articles match a saved search now; absent for recent ones. */
  count?: number;
  /** The query in the search box is this one. */
  active: boolean;
  /** This item holds the section's one tab stop (roving focus). */
  tabbable: boolean;
  onPick: () => void;
  /** Shown as the × on hover or focus; absent for recent searches (they are cleared together). */
  onDelete?: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
  mainRef: Ref<HTMLButtonElement>;
}

/** One saved or recent search in the sidebar: a click puts its query in the search box. */
export function SearchItem(props: SearchItemProps) {
  const { kind, label, title, count, active, tabbable, onPick, onDelete, onKeyDown, onFocus, mainRef } = props;
  return (
    <li
      className={`search-item search-item--${kind}${active ? ' is-active' : ''}`}
      data-testid={kind === 'saved' ? 'saved-search' : 'recent-search'}
    >
      <button
        ref={mainRef}
        type="button"
        className="search-item__main"
        aria-current={active || undefined}
        aria-keyshortcuts={onDelete ? 'Delete' : undefined}
        tabIndex={tabbable ? 0 : -1}
        title={title}
        onClick={onPick}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <Icon name={kind === 'saved' ? 'search' : 'history'} size={13} className="search-item__icon" />
        <span className="search-item__label" data-testid="search-item-label">
          {label}
        </span>
        {count !== undefined ? (
          <span className="count-pill search-item__count" aria-label={plural(count, 'article')} data-testid="saved-search-count">
            {formatCount(count)}
          </span>
        ) : null}
      </button>
      {onDelete ? (
        <button
          type="button"
          className="search-item__action"
          tabIndex={tabbable ? 0 : -1}
          aria-label={`Delete the saved search ${label}`}
          title="Delete (Del)"
          data-testid="saved-search-delete"
          onClick={onDelete}
        >
          <Icon name="close" size={12} />
        </button>
      ) : null}
    </li>
  );
}
