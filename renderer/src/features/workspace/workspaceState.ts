import { NO_PICKS, type Picks } from '../library/picks';
import { DEFAULT_SORT, type SortState } from '../library/sortState';

/**
 * What the panes of the window share, in one place: the search, where each list's cursor is, the
 * picks, the open article, the story shown. Changed only through {@link workspaceReducer}, so the
 * rules that tie them together (a new order forgets the cursor; an article opened from elsewhere
 * too) hold whoever asks.
 */
export interface WorkspaceState {
  /** What is in the search box; a search is on while it holds more than spaces. */
  readonly query: string;
  /** The library list's order. */
  readonly sort: SortState;
  /** The library list's keyboard cursor; -1 when nothing is selected. */
  readonly libraryIndex: number;
  /** The search results' cursor, and the answer it belongs to (`answerKey` of the response). */
  readonly hitSelection: { readonly answerKey: string; readonly index: number };
  /** The article in the reader. */
  readonly openId: number | null;
  /** Articles picked with Ctrl/⌘- and Shift-click for a batch action. */
  readonly picks: Picks;
  /** The story the list shows (it may since have been merged away: see `useWorkspace().story`). */
  readonly storyId: number | null;
  /** Settings is open. */
  readonly settingsOpen: boolean;
}

/** What can happen to the {@link WorkspaceState}. */
export type WorkspaceAction =
  | { readonly type: 'query'; readonly query: string }
  | { readonly type: 'sort'; readonly sort: SortState }
  | { readonly type: 'select-row'; readonly index: number }
  | { readonly type: 'select-hit'; readonly answerKey: string; readonly index: number }
  /** `elsewhere`: opened from the results, a report or the notes, not from the library list. */
  | { readonly type: 'open'; readonly id: number; readonly elsewhere: boolean }
  | { readonly type: 'picks'; readonly picks: Picks }
  /** Articles were deleted: they leave the picks and the reader. */
  | { readonly type: 'deleted'; readonly ids: readonly number[] }
  | { readonly type: 'story'; readonly storyId: number | null }
  /** The notes panel's link to a story: the search ends and the list shows the story. */
  | { readonly type: 'open-story'; readonly storyId: number }
  | { readonly type: 'settings'; readonly open: boolean };

/** The window as it opens. */
export const INITIAL_WORKSPACE: WorkspaceState = {
  query: '',
  sort: DEFAULT_SORT,
  libraryIndex: -1,
  hitSelection: { answerKey: '', index: 0 },
  openId: null,
  picks: NO_PICKS,
  storyId: null,
  settingsOpen: false
};

/** The workspace after `action`. */
export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'query':
      return { ...state, query: action.query };
    case 'sort':
      // The cursor's row number means another article in the new order.
      return { ...state, sort: action.sort, libraryIndex: -1 };
    case 'select-row':
      return { ...state, libraryIndex: action.index };
    case 'select-hit':
      return { ...state, hitSelection: { answerKey: action.answerKey, index: action.index } };
    case 'open':
      // Opened from elsewhere, the library's cursor no longer means anything, and the list's arrow
      // keys will start from the open article instead.
      return { ...state, openId: action.id, libraryIndex: action.elsewhere ? -1 : state.libraryIndex };
    case 'picks':
      return { ...state, picks: action.picks };
    case 'deleted': {
      const gone = new Set(action.ids);
      return {
        ...state,
        picks: [...state.picks].some((id) => gone.has(id)) ? new Set([...state.picks].filter((id) => !gone.has(id))) : state.picks,
        openId: state.openId !== null && gone.has(state.openId) ? null : state.openId
      };
    }
    case 'story':
      return { ...state, storyId: action.storyId, libraryIndex: -1 };
    case 'open-story':
      return { ...state, query: '', storyId: action.storyId, libraryIndex: -1 };
    case 'settings':
      return { ...state, settingsOpen: action.open };
  }
}

/**
 * The search results' cursor for the answer on screen: the selection belongs to one answer, so a
 * new answer (or a new order) starts again at its first hit.
 */
export function hitIndexOf(state: WorkspaceState, answerKey: string): number {
  return state.hitSelection.answerKey === answerKey ? state.hitSelection.index : 0;
}
