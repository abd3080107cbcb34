import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { SearchResponse } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { assignRef } from '../../lib/assignRef';
import { SkeletonBar } from '../../components/SkeletonBar';
import { Icon } from '../../components/Icon';
import { formatCount, plural } from '../../lib/format';
import { hasPrimaryModifier } from '../../lib/platform';
import { ExportButton } from '../export/ExportButton';
import { searchRequest } from '../export/exportRequest';
import { ArticleMenu, type ArticleMenuRequest } from '../library/ArticleMenu';
import { menuScope } from '../library/articleMenu';
import { DeleteArticlesDialog } from '../library/DeleteArticlesDialog';
import { indexRange, NO_PICKS, rangePick, togglePick } from '../library/picks';
import { PicksBar } from '../library/PicksBar';
import { SaveSearchButton } from '../searches/SaveSearchButton';
import { useSavedSearches, useSearchesActions } from '../searches/useSearches';
import { useWorkspace } from '../workspace/workspaceContext';
import { startArticleDrag } from '../stories/articleDrag';
import { NoteHits } from '../annotations/NoteHits';
import { FacetBar } from './FacetBar';
import { SearchHitRow, searchHitId } from './SearchHitRow';
import { SearchStatus } from './SearchStatus';
import { SortToggle } from './SortToggle';
import { useEmptiedBy, type EmptiedBy } from './useEmptiedBy';
import { VariantsLine } from './VariantsLine';
import './search.css';

/**
 * The ranked hits of the current search, in place of the library list while a search is on: the
 * count, the order, Save and Export in the header, how the query was read, the facets, then the
 * hits. The search and its cursor come from the workspace (features/workspace).
 */
export function SearchResults() {
  const workspace = useWorkspace();
  const { state, setQuery: onQueryChange, search, searchSort: sort, setSearchSort: onSortChange, variants } = workspace;
  const {
    hitIndex: selectedIndex,
    selectHit: onSelectedIndexChange,
    setPicks: onPicksChange,
    leaveSearch: onEscape,
    refs
  } = workspace;
  const { articlesDeleted } = workspace;
  const { query, picks, openId } = state;
  const { response, pending } = search;
  const saved = useSavedSearches();
  const { save } = useSearchesActions();
  const onOpen = (id: number, options: { focusReader: boolean }) => {
    workspace.recordSearch();
    workspace.openElsewhere(id, options);
  };
  const containerRef = useRef<HTMLDivElement | null>(null);
  const hits = response?.hits ?? [];
  // Where a Shift range starts: the last hit clicked or Ctrl-clicked.
  const [anchor, setAnchor] = useState(-1);
  const picking = picks.size > 0;
  // The articles the Delete key or the menu's Delete… asks to delete, and the context menu open on a hit.
  const [deleting, setDeleting] = useState<readonly number[] | null>(null);
  const [menu, setMenu] = useState<ArticleMenuRequest | null>(null);
  const menuKey = useRef(0);
  const idsBetween = (a: number, b: number) =>
    indexRange(a, b)
      .map((i) => hits[i]?.article.id)
      .filter((id): id is number => id !== undefined);

  // Keep the selection in view however it moved (keys here or in the search box).
  useEffect(() => {
    containerRef.current?.querySelector(`#${searchHitId(selectedIndex)}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedIndex, response]);

  const select = (index: number, extend = false) => {
    if (!hits.length) return;
    const next = Math.min(Math.max(index, 0), hits.length - 1);
    if (extend) {
      const from = anchor >= 0 ? anchor : selectedIndex;
      if (anchor < 0) setAnchor(from);
      onPicksChange(rangePick(picks, idsBetween(from, next), false));
    }
    onSelectedIndexChange(next);
  };

  const onHitClick = (index: number, event: MouseEvent) => {
    const id = hits[index]?.article.id;
    if (id === undefined) return;
    if (event.shiftKey) {
      const from = anchor >= 0 ? anchor : selectedIndex;
      if (anchor < 0) setAnchor(from);
      onPicksChange(rangePick(picks, idsBetween(from, index), hasPrimaryModifier(event)));
      onSelectedIndexChange(index);
      return;
    }
    if (hasPrimaryModifier(event)) {
      onPicksChange(togglePick(picks, id, hits[selectedIndex]?.article.id ?? null));
      setAnchor(index);
      onSelectedIndexChange(index);
      return;
    }
    setAnchor(index);
    if (picking) onPicksChange(NO_PICKS);
    onSelectedIndexChange(index);
    onOpen(id, { focusReader: false });
  };

  /**
   * Opens the article menu on the hit at `index`, as the library list does: for every picked
   * article when it is one of them, else for it alone (the picks are let go), the cursor moved onto it.
   */
  const openMenu = (index: number, x: number, y: number) => {
    const article = hits[index]?.article;
    if (!article) return;
    const ids = menuScope(article.id, picks);
    if (ids.length === 1 && picking) onPicksChange(NO_PICKS);
    setAnchor(index);
    onSelectedIndexChange(index);
    menuKey.current += 1;
    setMenu({ key: menuKey.current, ids, rowId: article.id, rowTitle: article.title, x, y });
  };

  /** Shift+F10 or the Menu key: the menu of the cursor's hit, under its title. */
  const openMenuFromKeyboard = () => {
    if (!hits[selectedIndex]) return;
    const box = (document.getElementById(searchHitId(selectedIndex)) ?? containerRef.current)?.getBoundingClientRect();
    const title = document.getElementById(searchHitId(selectedIndex))?.firstElementChild?.getBoundingClientRect();
    openMenu(selectedIndex, (box?.left ?? 0) + 24, title?.bottom ?? box?.bottom ?? 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      openMenuFromKeyboard();
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        select(selectedIndex + 1, event.shiftKey);
        break;
      case 'ArrowUp':
        select(selectedIndex - 1, event.shiftKey);
        break;
      case 'Home':
        select(0, event.shiftKey);
        break;
      case 'End':
        select(hits.length - 1, event.shiftKey);
        break;
      case ' ': {
        const hit = hits[selectedIndex];
        if (!hit) return;
        setAnchor(selectedIndex);
        onPicksChange(togglePick(picks, hit.article.id, null));
        break;
      }
      case 'Enter': {
        const hit = hits[selectedIndex];
        if (hit) onOpen(hit.article.id, { focusReader: true });
        break;
      }
      // NB: the Mac keyboard's delete key is Backspace.
      case 'Delete':
      case 'Backspace': {
        const hit = hits[selectedIndex];
        if (picking) setDeleting([...picks]);
        else if (hit) setDeleting([hit.article.id]);
        else return;
        break;
      }
      case 'Escape':
        // The first Esc lets go of the picks, the next one leaves the search.
        if (picking) onPicksChange(NO_PICKS);
        else onEscape();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const setRefs = (element: HTMLDivElement | null) => {
    containerRef.current = element;
    assignRef(refs.list, element);
  };

  // Matches in notes alone (in:notes) are an answer too: no "Nothing matches" above them.
  const settledEmpty = response !== null && response.total === 0 && response.noteHits.length === 0 && !pending;
  const emptiedBy = useEmptiedBy(query, settledEmpty);

  return (
    <section className="results" aria-label="Search results">
      <div className="pane-heading results__heading">
        <h2 className="pane-heading__title">Results</h2>
        {/* NB: not a live region: it shows the previous count while typing; SearchStatus speaks once settled. */}
        <span className="pane-heading__meta" data-testid="search-count" data-total={response?.total}>
          {response === null ? 'Searching…' : <ResultCount response={response} />}
        </span>
        <div className="results__tools">
          <SortToggle sort={sort} onSortChange={onSortChange} />
          <SaveSearchButton query={query.trim()} saved={saved} onSave={save} />
          <ExportButton
            request={() => searchRequest(query)}
            title="Export the highlights and notes of the articles this search finds"
            data-testid="search-export"
          />
        </div>
      </div>
      <SearchStatus response={response} pending={pending} />
      {variants.groups.length > 0 ? <VariantsLine groups={variants.groups} /> : null}
      {response && response.notes.length > 0 ? (
        <ul className="results__notes" aria-label="How the query was read" data-testid="search-notes">
          {response.notes.map((note) => (
            <li key={note}>
              <Icon name="info" size={13} />
              {note}
            </li>
          ))}
        </ul>
      ) : null}
      <FacetBar facets={response?.facets ?? null} query={query} countedFor={response?.query} onQueryChange={onQueryChange} />
      <NoteHits hits={response?.noteHits ?? []} />
      {settledEmpty ? (
        <NothingMatches
          query={query.trim()}
          emptiedBy={emptiedBy}
          onQueryChange={(next) => {
            onQueryChange(next);
            // The button goes with the empty state it sits in: keep the keyboard in the search box,
            // on the query it just edited, not on the page (code review 12).
            workspace.focusSearch();
          }}
        />
      ) : (
        <div
          ref={setRefs}
          id="search-results"
          className="results__list"
          role="listbox"
          aria-label={`Results for ${response?.query ?? query.trim()}`}
          aria-multiselectable="true"
          aria-busy={pending}
          aria-activedescendant={hits[selectedIndex] ? searchHitId(selectedIndex) : undefined}
          tabIndex={0}
          data-testid="search-results"
          onKeyDown={onKeyDown}
          onContextMenu={(event) => {
            // From the keyboard, where the browser sends it (a hit's own right-click never reaches
            // here; one on the list's empty space keeps the browser's menu).
            if (event.button === 2) return;
            event.preventDefault();
            if (!menu) openMenuFromKeyboard();
          }}
        >
          {response === null
            ? [0, 1, 2, 3].map((n) => <SkeletonHit key={n} />)
            : hits.map((hit, index) => (
                <SearchHitRow
                  key={hit.article.id}
                  hit={hit}
                  variantOf={variants.variantOf}
                  index={index}
                  selected={picking ? picks.has(hit.article.id) : index === selectedIndex}
                  cursor={picking && index === selectedIndex}
                  open={hit.article.id === openId}
                  onClick={onHitClick}
                  onDragStart={(event) => startArticleDrag(event, picks.has(hit.article.id) ? [...picks] : [hit.article.id])}
                  onContextMenu={(at, event) => {
                    event.preventDefault();
                    event.stopPropagation();
                    openMenu(at, event.clientX, event.clientY);
                  }}
                />
              ))}
        </div>
      )}
      {response && response.total > response.hits.length ? <MoreResultsLine shown={response.hits.length} /> : null}
      <PicksBar />
      <ArticleMenu
        request={menu}
        onClose={(key) => setMenu((open) => (open?.key === key ? null : open))}
        onDelete={setDeleting}
        onOpen={(id) => onOpen(id, { focusReader: true })}
      />
      {deleting ? <DeleteArticlesDialog ids={deleting} onClose={() => setDeleting(null)} onDeleted={articlesDeleted} /> : null}
    </section>
  );
}

/**
 * The empty state of a search. When the words match articles but a filter took them all away
 * (`film date:2004..2005` over undated articles), it names the filter and offers to take it out
 * of the query; only when no filter is to blame does it suggest other spellings.
 */
function NothingMatches({
  query,
  emptiedBy,
  onQueryChange
}: {
  query: string;
  emptiedBy: EmptiedBy;
  onQueryChange: (query: string) => void;
}) {
  const { filter } = emptiedBy;
  if (filter) {
    return (
      <EmptyState
        icon="search"
        title={`Nothing matches “${query}”`}
        testId="search-empty"
        actions={
          <Button data-testid="search-empty-remove" onClick={() => onQueryChange(filter.without)}>
            Remove {filter.clause}
          </Button>
        }
      >
        <p data-testid="search-empty-filter">
          The filter <code>{filter.clause}</code> leaves nothing: without it, {plural(filter.total, 'article matches', 'articles match')}.
        </p>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon="search" title={`Nothing matches “${query}”`} testId="search-empty">
      {/* While the searches without each filter are out, say nothing rather than blame the spelling. */}
      {emptiedBy.loading ? null : (
        <>
          <p>
            Check the spelling, or try fewer or different words. Names are often spelled several ways in the news (Daraa, Deraa):
            try another spelling.
          </p>
          <p>
            End a word with <code>*</code> to match everything it starts: <code>negotiat*</code>.
          </p>
        </>
      )}
    </EmptyState>
  );
}

/** "5 results"; for an `in:notes` search that found only notes, the notes ("1 note"), which are listed. */
function ResultCount({ response }: { response: SearchResponse }) {
  if (response.total === 0 && response.noteHits.length > 0) {
    const notes = response.noteHits.length;
    return <>{response.noteHits.every((hit) => hit.field === 'note') ? plural(notes, 'note') : plural(notes, 'match in your notes', 'matches in your notes')}</>;
  }
  if (response.total > response.hits.length) {
    return (
      <>
        Best {formatCount(response.hits.length)} of {plural(response.total, 'result')}
      </>
    );
  }
  return <>{plural(response.total, 'result')}</>;
}

/**
 * Under a list cut at its limit ("Best 200 of 1,957"), how to reach the others: the app loads no
 * more, so narrow the search, or sort by date (Newest). NB: outside the listbox, whose children are options.
 */
function MoreResultsLine({ shown }: { shown: number }) {
  return (
    <p className="results__more" data-testid="search-more">
      Only the best {formatCount(shown)} are listed. To reach the others, add words or a filter (the counts above), or pick Newest
      for the most recent.
    </p>
  );
}

function SkeletonHit() {
  return (
    <div className="search-hit search-hit--skeleton" aria-hidden="true">
      <SkeletonBar width="62%" height={10} />
      <SkeletonBar width="30%" />
      <SkeletonBar width="92%" />
      <SkeletonBar width="78%" />
    </div>
  );
}
