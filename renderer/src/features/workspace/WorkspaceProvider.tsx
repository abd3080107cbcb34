import { useCallback, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import { storyCompareChoice, storyCompareText, storyMembers } from '@shared/compare/storyCompareChoice';
import type { SearchSort, StorySummary } from '@shared/contract/schemas';
import { useToast } from '../../components/useToast';
import { useInvalidate } from '../../lib/query/useQuery';
import { useStoredFlag } from '../../lib/useStoredValue';
import { compareProblem, MAX_COMPARE, useComparison } from '../compare/useComparison';
import { useImportFlow } from '../import/useImportFlow';
import { NO_PICKS, type Picks } from '../library/picks';
import type { SortState } from '../library/sortState';
import { useLibraryInfo } from '../library/useLibraryInfo';
import { useSearch } from '../search/useSearch';
import { NO_VARIANTS, variantInfo } from '../search/variantWords';
import { useRecordSearch } from '../searches/useRecordSearch';
import { useStories, useStoryActions } from '../stories/useStories';
import { WorkspaceContext, type OpenOptions, type Workspace } from './workspaceContext';
import { hitIndexOf, INITIAL_WORKSPACE, workspaceReducer } from './workspaceState';

/** The topic of the toasts that say why a comparison was refused: a comparison that starts takes them away. */
const COMPARE_REFUSED = 'compare-refused';

/**
 * Holds the window's workspace (workspaceContext.ts): the reducer's state, the data read for it
 * through the query layer (library facts, the search, the stories), the import and comparison
 * flows, and the commands that tie them to keyboard focus.
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const toast = useToast();
  const invalidate = useInvalidate();
  const [state, dispatch] = useReducer(workspaceReducer, INITIAL_WORKSPACE);
  const { query, picks } = state;
  const info = useLibraryInfo();

  const [newestFirst, setNewestFirst] = useStoredFlag('crosscheck.search.newestFirst', false);
  const searchSort: SearchSort = newestFirst ? 'date' : 'relevance';
  const search = useSearch(query, { sort: searchSort });
  const searching = query.trim() !== '';
  const hits = useMemo(() => search.response?.hits ?? [], [search.response]);
  const variants = useMemo(
    () => (search.response && searching ? variantInfo(search.response) : NO_VARIANTS),
    [search.response, searching]
  );
  const answerKey = search.response ? `${search.response.sort}:${search.response.query}` : '';
  const hitIndex = hitIndexOf(state, answerKey);
  const recordSearch = useRecordSearch(query);

  const stories = useStories();
  // A story merged away or emptied by a move is gone: the list falls back to the whole library.
  const story = state.storyId === null ? null : (stories?.find((s) => s.id === state.storyId) ?? null);
  const baseStoryActions = useStoryActions();
  const comparison = useComparison();
  // NB: a refusal left on screen sat over the next comparison's matrix (toasts last 9 s).
  const startComparison = (ids: readonly number[], label: string | null, note: string | null = null) => {
    toast.dismissTopic(COMPARE_REFUSED);
    comparison.start(ids, label, note);
  };

  // While an import commits articles only the library list and its count follow (searches,
  // stories and saved-search counts wait for the import to end, which also groups stories).
  const onImported = useCallback(() => invalidate(['articles', 'stories']), [invalidate]);
  const onLibraryGrew = useCallback(() => invalidate(['article-rows']), [invalidate]);
  const imports = useImportFlow(info?.canPickFiles ?? false, onImported, onLibraryGrew);

  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLElement>(null);

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  // The list element changes when search starts or ends: focus it once React has drawn it.
  const focusList = useCallback(() => requestAnimationFrame(() => listRef.current?.focus({ preventScroll: true })), []);

  const openAt = useCallback((id: number, elsewhere: boolean, { focusReader }: OpenOptions) => {
    dispatch({ type: 'open', id, elsewhere });
    if (focusReader) readerRef.current?.focus({ preventScroll: true });
  }, []);
  const openElsewhere = useCallback((id: number, options: OpenOptions) => openAt(id, true, options), [openAt]);

  // Enter before the answer to what was typed has come: open that answer's best hit when it
  // comes, not the selected hit of the previous answer still on screen.
  const openOnAnswer = useRef<string | null>(null);
  useEffect(() => {
    const wanted = openOnAnswer.current;
    if (wanted === null || search.pending || search.response?.query !== wanted) return;
    const best = search.response.hits[0];
    // On the next frame, once the new hits are drawn (and selected) under the box.
    const frame = requestAnimationFrame(() => {
      openOnAnswer.current = null;
      if (best) openElsewhere(best.article.id, { focusReader: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [search.pending, search.response, openElsewhere]);

  // Stable, so the lists can name them in their effects' dependencies.
  const chooseStory = useCallback((id: number | null) => dispatch({ type: 'story', storyId: id }), []);
  const setPicks = useCallback((next: Picks) => dispatch({ type: 'picks', picks: next }), []);
  const setQuery = useCallback((next: string) => dispatch({ type: 'query', query: next }), []);
  const setSort = useCallback((sort: SortState) => dispatch({ type: 'sort', sort }), []);
  const selectRow = useCallback((index: number) => dispatch({ type: 'select-row', index }), []);
  const open = useCallback((id: number, options: OpenOptions) => openAt(id, false, options), [openAt]);
  const selectHit = (index: number) => dispatch({ type: 'select-hit', answerKey, index });

  const workspace: Workspace = {
    state,
    dispatch,
    info,
    search,
    searching,
    searchSort,
    setSearchSort: (sort) => setNewestFirst(sort === 'date'),
    hits,
    hitIndex,
    variants,
    setQuery,
    selectHit,
    moveHit: (delta) => {
      if (searching && hits.length) selectHit(Math.min(Math.max(hitIndex + delta, 0), hits.length - 1));
    },
    submitSearch: () => {
      recordSearch();
      // The hits on screen answer an earlier query (typing has not settled yet).
      if (searching && search.response?.query !== query.trim()) {
        openOnAnswer.current = query.trim();
        return;
      }
      const hit = searching ? hits[hitIndex] : undefined;
      if (hit) openElsewhere(hit.article.id, { focusReader: true });
    },
    recordSearch,
    leaveSearch: () => {
      dispatch({ type: 'query', query: '' });
      focusList();
    },
    stories,
    story,
    chooseStory,
    storyActions: {
      ...baseStoryActions,
      move: (articleIds, target) => {
        baseStoryActions.move(articleIds, target);
        setPicks(NO_PICKS);
      }
    },
    setSort,
    selectRow,
    setPicks,
    open,
    openElsewhere,
    comparison,
    comparing: comparison.request !== null,
    compareStory: (chosen: StorySummary) => {
      const count = chosen.articleIds.length;
      if (count < 2) {
        toast.showMessage(`“${chosen.label}” has one article: there is nothing to compare it with yet.`, COMPARE_REFUSED);
        return;
      }
      if (count > MAX_COMPARE) {
        // Compare the most a comparison holds, one per outlet first (the choice an export of the
        // story makes too), and say which in the view's banner: they stay picked in the story's
        // list, where the user can pick others and compare again.
        const choice = storyCompareChoice(storyMembers(chosen));
        chooseStory(chosen.id);
        setPicks(new Set(choice.ids));
        startComparison(
          choice.ids,
          chosen.label,
          `Comparing ${storyCompareText(choice)}. They are picked in the story’s list: pick others there (Ctrl/⌘-click, Shift-click) and press Compare to compare those.`
        );
        return;
      }
      startComparison(chosen.articleIds, chosen.label);
    },
    comparePicks: () => {
      const ids = [...picks];
      const problem = compareProblem(ids.length);
      if (problem) {
        toast.showMessage(problem, COMPARE_REFUSED);
        return;
      }
      // Every article of the story shown: the comparison is that story's, and says so.
      const whole = story && ids.length === story.articleIds.length && ids.every((id) => story.articleIds.includes(id));
      startComparison(ids, whole ? story.label : null);
    },
    closeComparison: () => {
      comparison.close();
      focusList();
    },
    imports,
    articlesEdited: onImported,
    articlesDeleted: (ids) => {
      dispatch({ type: 'deleted', ids });
      invalidate(['articles', 'stories', 'annotations']);
      focusList();
    },
    refs: { search: searchRef, list: listRef, reader: readerRef },
    focusSearch,
    focusList
  };
  return <WorkspaceContext value={workspace}>{children}</WorkspaceContext>;
}
