import { SearchBox } from '../features/search/SearchBox';
import { searchHitId } from '../features/search/SearchHitRow';
import { useWorkspace } from '../features/workspace/workspaceContext';

/** The search box in the top bar, driving the results' cursor with ↑/↓ and opening a hit with Enter. */
export function SearchField({ onFocusChange }: { onFocusChange: (focused: boolean) => void }) {
  const { state, setQuery, search, searching, hits, hitIndex, comparing, refs, moveHit, submitSearch, leaveSearch } = useWorkspace();
  return (
    <div className="app__search" onFocus={() => onFocusChange(true)} onBlur={() => onFocusChange(false)}>
      <SearchBox
        disabled={comparing}
        value={state.query}
        onChange={setQuery}
        pending={search.pending}
        inputRef={refs.search}
        onMove={moveHit}
        onSubmit={submitSearch}
        onEscape={leaveSearch}
        expanded={searching}
        activeId={searching && hits[hitIndex] ? searchHitId(hitIndex) : undefined}
      />
    </div>
  );
}
