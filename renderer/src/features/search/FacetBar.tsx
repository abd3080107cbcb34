import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchFacets } from '@shared/contract/schemas';
import { Icon } from '../../components/Icon';
import { formatCount, plural } from '../../lib/format';
import { useStoredSet } from '../../lib/useStoredValue';
import { facetRows, type FacetRow } from './facetRows';
import { toggleFacetFilter } from './queryFilters';
import './facets.css';

/** Props of {@link FacetBar}. */
export interface FacetBarProps {
  /** The facets of the answer on screen (null when it has none). */
  facets: SearchFacets | null;
  /** What is in the search box: which values are in use. */
  query: string;
  /** The query the facets were counted for (the box may have moved on while the answer comes). */
  countedFor: string | undefined;
  /** A value was clicked: the query with its filter added or taken out. */
  onQueryChange: (query: string) => void;
}

const NAV = '[data-facet-nav]';
const ROW = '[data-facet-row]';

/**
 * The strip above the hits that narrows a search: its outlets, months, languages and stories, each
 * with how many results have it. A click adds the value's filter to the query (the search box
 * shows it, so nothing is hidden state); a value in use is highlighted and a click takes it out.
 *
 * One tab stop: ←/→ walk the values, ↑/↓ move between groups. Folding a group is remembered.
 */
export function FacetBar({ facets, query, countedFor, onQueryChange }: FacetBarProps) {
  const [collapsed, setCollapsed] = useStoredSet('crosscheck.search.foldedFacets');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  // The item holding the bar's one tab stop; falls back to the first when it is gone.
  const [current, setCurrent] = useState<string | null>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(
    () => (facets ? facetRows(facets, query, { collapsed, expanded }, { countedFor }) : []),
    [facets, query, countedFor, collapsed, expanded]
  );
  if (rows.length === 0) return null;

  const keys = rows.flatMap(navKeys);
  const tabKey = current !== null && keys.includes(current) ? current : keys[0];
  const stop = (key: string) => ({
    'data-facet-nav': true,
    tabIndex: key === tabKey ? 0 : -1,
    onFocus: () => setCurrent(key)
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const bar = barRef.current;
    if (!bar) return;
    const items = [...bar.querySelectorAll<HTMLElement>(NAV)];
    const at = items.findIndex((item) => item === document.activeElement);
    if (at < 0) return;
    let next: HTMLElement | null | undefined;
    if (event.key === 'ArrowRight') next = items[at + 1];
    else if (event.key === 'ArrowLeft') next = items[at - 1];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items[items.length - 1];
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const groups = [...bar.querySelectorAll<HTMLElement>(ROW)];
      const row = items[at]?.closest<HTMLElement>(ROW);
      const to = groups[(row ? groups.indexOf(row) : 0) + (event.key === 'ArrowDown' ? 1 : -1)];
      next = to?.querySelector<HTMLElement>(NAV);
    } else return;
    event.preventDefault();
    next?.focus();
  };

  return (
    <div
      ref={barRef}
      className="facets"
      role="group"
      aria-label="Narrow the results"
      data-testid="search-facets"
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => (
        <div
          key={row.key}
          className={`facets__row${row.open ? '' : ' is-folded'}`}
          role="group"
          aria-labelledby={`facet-title-${row.key}`}
          data-facet-row
          data-testid="facet-group"
          data-facet={row.key}
        >
          <button
            type="button"
            id={`facet-title-${row.key}`}
            className="facets__title"
            aria-expanded={row.open}
            title={row.open ? `Fold ${row.title.toLowerCase()}` : `Show the ${row.summary}`}
            onClick={() => setCollapsed(toggled(collapsed, row.key))}
            {...stop(`title:${row.key}`)}
          >
            <Icon name="chevron-right" size={11} className="facets__chevron" />
            {row.title}
          </button>
          <div className="facets__values">
            {row.chips.map((chip) => (
              <button
                key={chip.filter}
                type="button"
                className={`facet-chip${chip.active ? ' is-active' : ''}`}
                aria-pressed={chip.active}
                title={
                  chip.active
                    ? `${chip.label} — click to take ${chip.filter} out of the search`
                    : `${chip.label}: ${plural(chip.count, 'result')} — click to add ${chip.filter} to the search`
                }
                data-testid="facet-value"
                data-filter={chip.filter}
                onClick={() => onQueryChange(toggleFacetFilter(query, chip.filter, row.key))}
                {...stop(`chip:${chip.filter}`)}
              >
                <span className="facet-chip__label">{chip.label}</span>
                <span className="facet-chip__count" data-testid="facet-count">
                  {formatCount(chip.count)}
                </span>
                {chip.active ? <Icon name="close" size={10} className="facet-chip__remove" /> : null}
              </button>
            ))}
            {row.more || row.fewer ? (
              <button
                type="button"
                className="facets__more"
                aria-expanded={row.expanded}
                data-testid="facet-more"
                onClick={() => setExpanded(toggled(expanded, row.key))}
                {...stop(`more:${row.key}`)}
              >
                {row.more ?? 'Fewer'}
              </button>
            ) : null}
            {row.open ? null : <span className="facets__summary">{row.summary}</span>}
          </div>
        </div>
      ))}
    </div>
  );
}

/** The keys of a row's focusable items, in the order they are drawn. */
function navKeys(row: FacetRow): string[] {
  return [`title:${row.key}`, ...row.chips.map((c) => `chip:${c.filter}`), ...(row.more || row.fewer ? [`more:${row.key}`] : [])];
}

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}
