import { createContext, useContext, type Dispatch, type RefObject } from 'react';
import type { LibraryInfo, SearchHit, SearchSort, StorySummary } from '@shared/contract/schemas';
import type { ComparisonFlow } from '../compare/useComparison';
import type { ImportFlow } from '../import/useImportFlow';
import type { Picks } from '../library/picks';
import type { SortState } from '../library/sortState';
import type { SearchState } from '../search/useSearch';
import type { VariantInfo } from '../search/variantWords';
import type { StoryActions } from '../stories/useStories';
import type { WorkspaceAction, WorkspaceState } from './workspaceState';

/** How an article was opened: from the keyboard (Enter), the reader takes focus. */
export interface OpenOptions {
  readonly focusReader: boolean;
}

/**
 * The window's shared state (workspaceState.ts), what is derived from it (the search's answer,
 * the story shown), the flows every pane can start (import, comparison), and the commands that
 * move focus between the panes. `useWorkspace()` gives it to any component under the provider.
 */
export interface Workspace {
  readonly state: WorkspaceState;
  readonly dispatch: Dispatch<WorkspaceAction>;
  readonly info: LibraryInfo | undefined;

  /** The answer to what is in the search box (null while the box is empty). */
  readonly search: SearchState;
  /** The box holds a query: the results stand in for the library list. */
  readonly searching: boolean;
  readonly searchSort: SearchSort;
  setSearchSort(sort: SearchSort): void;
  /** The hits on screen, their cursor, and the answer's spelling variants. */
  readonly hits: readonly SearchHit[];
  readonly hitIndex: number;
  readonly variants: VariantInfo;
  setQuery(query: string): void;
  selectHit(index: number): void;
  /** ↑/↓ in the search box move the results' cursor. */
  moveHit(delta: number): void;
  /** Enter in the search box: open the best hit (of the answer to what was typed, when it comes). */
  submitSearch(): void;
  /** Remembers the query in the recent searches now (a result was opened). */
  recordSearch(): void;
  /** Esc: the search box is emptied and the list takes focus. */
  leaveSearch(): void;

  readonly stories: readonly StorySummary[] | undefined;
  /** The story the list shows; null for the whole library (or when it has been merged away). */
  readonly story: StorySummary | null;
  chooseStory(id: number | null): void;
  /** Story edits; `move` also lets go of the picks. */
  readonly storyActions: StoryActions;

  setSort(sort: SortState): void;
  selectRow(index: number): void;
  setPicks(picks: Picks): void;
  /** Opens an article from the library list. */
  open(id: number, options: OpenOptions): void;
  /** Opens an article from anywhere else (results, a report, the notes): the list's cursor is let go. */
  openElsewhere(id: number, options: OpenOptions): void;

  readonly comparison: ComparisonFlow;
  readonly comparing: boolean;
  /** Compares a story's articles, or says why not (one article; more than a comparison takes). */
  compareStory(story: StorySummary): void;
  comparePicks(): void;
  closeComparison(): void;

  readonly imports: ImportFlow;
  /** Articles' details were edited: reload what shows them. */
  articlesEdited(): void;
  /** Articles were deleted: let go of them (picks, reader) and reload what showed them and their notes. */
  articlesDeleted(ids: readonly number[]): void;

  readonly refs: {
    readonly search: RefObject<HTMLInputElement | null>;
    readonly list: RefObject<HTMLDivElement | null>;
    readonly reader: RefObject<HTMLElement | null>;
  };
  focusSearch(): void;
  /** Focus back to the list (library or results) once React has drawn it. */
  focusList(): void;
}

/** Provided by `WorkspaceProvider`. */
export const WorkspaceContext = createContext<Workspace | null>(null);

/** The window's workspace; a component outside the provider is a programming error. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace: no WorkspaceProvider above this component.');
  return workspace;
}
