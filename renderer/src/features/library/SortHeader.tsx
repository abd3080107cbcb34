import { Icon } from '../../components/Icon';
import { COLUMNS } from './columns';
import { nextSort, type SortState } from './sortState';

/** Props of {@link SortHeader}. */
export interface SortHeaderProps {
  sort: SortState;
  onSortChange: (sort: SortState) => void;
}

/** The column headers of the library list; a click sorts by that column (the engine sorts). */
export function SortHeader({ sort, onSortChange }: SortHeaderProps) {
  return (
    <div className="library__header" role="group" aria-label="Sort the library">
      {COLUMNS.map((column) => {
        const active = sort.key === column.key;
        const direction = sort.direction === 'asc' ? 'ascending' : 'descending';
        return (
          <button
            key={column.key}
            type="button"
            className={`library__sort library__sort--${column.align}${active ? ' is-active' : ''}`}
            aria-pressed={active}
            aria-label={active ? `${column.label}, sorted ${direction}` : `Sort by ${column.label.toLowerCase()}`}
            data-sort-key={column.key}
            onClick={() => onSortChange(nextSort(sort, column.key))}
          >
            <span>{column.label}</span>
            {active ? <Icon name={sort.direction === 'asc' ? 'arrow-up' : 'arrow-down'} size={12} className="library__sort-arrow" /> : null}
          </button>
        );
      })}
    </div>
  );
}
