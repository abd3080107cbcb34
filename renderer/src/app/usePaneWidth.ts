import { useStoredNumber } from '../lib/useStoredValue';
import { useWindowWidth } from './useWindowWidth';

const LIST_MIN_WIDTH = 360;
const READER_MIN_WIDTH = 400;
/** Must match `.stories` in stories.css (and `.app__sidebar` in App.css). */
const STORIES_WIDTH = 248;
/** Must match `.app__notes` in notesPanel.css. */
const NOTES_WIDTH = 340;

/**
 * The list pane's width, as the user dragged it (kept across sessions), held between its minimum
 * and what leaves the reader its own minimum beside the open side panels.
 */
export function usePaneWidth({ storiesOpen, notesOpen }: { storiesOpen: boolean; notesOpen: boolean }) {
  // 560 leaves the reader a comfortable column at 1440 px (720 left it ~450 px of text, issue 12).
  const [listWidth, setWidth] = useStoredNumber('crosscheck.listWidth', 560);
  const windowWidth = useWindowWidth();
  const max = Math.max(
    LIST_MIN_WIDTH,
    windowWidth - READER_MIN_WIDTH - (storiesOpen ? STORIES_WIDTH : 0) - (notesOpen ? NOTES_WIDTH : 0)
  );
  return { width: Math.min(Math.max(listWidth, LIST_MIN_WIDTH), max), min: LIST_MIN_WIDTH, max, setWidth };
}
