import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecentSearch, SavedSearch } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { SkeletonBar } from '../../components/SkeletonBar';
import { formatMoment } from '../../lib/format';
import { useStoredFlag } from '../../lib/useStoredValue';
import { SearchItem } from './SearchItem';
import './searches.css';

/** Props of {@link SearchesSection}. */
export interface SearchesSectionProps {
  /** By name, with live counts; undefined while loading. */
  saved: readonly SavedSearch[] | undefined;
  /** Most recent first; undefined while loading. */
  recent: readonly RecentSearch[] | undefined;
  /** The query in the search box, trimmed: the saved search it is shows as current. */
  activeQuery: string;
  /** A search was chosen: put its query in the search box. */
  onPick: (query: string) => void;
  onDelete: (search: SavedSearch) => void;
  onClearRecent: () => void;
}

interface Entry {
  readonly key: string;
  readonly query: string;
  readonly saved: SavedSearch | null;
  /** When a recent search was made; null for saved ones. */
  readonly searchedAt: string | null;
}

/**
 * The sidebar's searches: saved ones (by name, each with how many articles match it now), then the
 * recent ones with Clear. A click puts the query in the search box. One tab stop: ↑/↓, Home/End
 * move, `Delete` deletes a saved search. The section folds away, and remembers that.
 */
export function SearchesSection({ saved, recent, activeQuery, onPick, onDelete, onClearRecent }: SearchesSectionProps) {
  const [open, setOpen] = useStoredFlag('crosscheck.searchesOpen', true);
  const [focusIndex, setFocusIndex] = useState(0);
  const items = useRef(new Map<string, HTMLButtonElement>());
  const savedId = useId();
  const recentId = useId();
  const entries: Entry[] = [
    ...(saved ?? []).map((s) => ({ key: `saved:${s.id}`, query: s.query, saved: s, searchedAt: null })),
    ...(recent ?? []).map((r) => ({ key: `recent:${r.query}`, query: r.query, saved: null, searchedAt: r.searchedAt }))
  ];
  const tabIndex = Math.min(focusIndex, Math.max(entries.length - 1, 0));

  const focusAt = (index: number) => {
    const entry = entries[Math.min(Math.max(index, 0), entries.length - 1)];
    if (entry) items.current.get(entry.key)?.focus();
  };

  const onItemKeyDown = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const entry = entries[index];
    if (!entry) return;
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(entries.length - 1);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && entry.saved) {
      // Focus the neighbour first: the deleted item's button is about to go.
      focusAt(index + 1 < entries.length ? index + 1 : index - 1);
      onDelete(entry.saved);
    } else return;
    event.preventDefault();
  };

  const item = (entry: Entry, index: number) => {
    const s = entry.saved;
    return (
      <SearchItem
        key={entry.key}
        kind={s ? 'saved' : 'recent'}
        label={s ? s.name : entry.query}
        title={s ? s.query : `${entry.query} — searched ${formatMoment(entry.searchedAt ?? '')}`}
        count={s?.count}
        active={s !== null && s.query === activeQuery}
        tabbable={index === tabIndex}
        onPick={() => onPick(entry.query)}
        onDelete={s ? () => onDelete(s) : undefined}
        onKeyDown={onItemKeyDown(index)}
        onFocus={() => setFocusIndex(index)}
        mainRef={(element) => {
          if (element) items.current.set(entry.key, element);
          else items.current.delete(entry.key);
        }}
      />
    );
  };

  const savedCount = saved?.length ?? 0;
  return (
    <section className="searches" aria-label="Searches" data-testid="searches-sidebar">
      <div className="sidebar-head searches__head">
        <h2 className="pane-heading__title">Searches</h2>
        {savedCount > 0 ? <span className="pane-heading__meta">{savedCount}</span> : null}
        <Button
          variant="ghost"
          size="sm"
          icon="chevron-right"
          className={`searches__fold${open ? ' is-open' : ''}`}
          aria-expanded={open}
          aria-label={open ? 'Fold searches' : 'Show searches'}
          title={open ? 'Fold searches' : 'Show searches'}
          onClick={() => setOpen(!open)}
        />
      </div>
      {open ? (
        <div className="searches__body">
          <h3 id={savedId} className="searches__heading">
            Saved
          </h3>
          {saved === undefined ? (
            <div className="searches__skeleton" aria-hidden="true">
              <SkeletonBar width="70%" height={10} />
            </div>
          ) : saved.length === 0 ? (
            <p className="searches__empty">Save a search from the results to keep it here, with a live count.</p>
          ) : (
            <ul className="searches__list" aria-labelledby={savedId}>
              {entries.slice(0, savedCount).map((entry, index) => item(entry, index))}
            </ul>
          )}
          {recent && recent.length > 0 ? (
            <>
              <div className="searches__subhead">
                <h3 id={recentId} className="searches__heading">
                  Recent
                </h3>
                <Button
                  variant="ghost"
                  size="sm"
                  title="Forget the recent searches"
                  onClick={onClearRecent}
                  data-testid="recent-clear"
                >
                  Clear
                </Button>
              </div>
              <ul className="searches__list" aria-labelledby={recentId}>
                {entries.slice(savedCount).map((entry, offset) => item(entry, savedCount + offset))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
