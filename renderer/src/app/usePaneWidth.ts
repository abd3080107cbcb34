import { useStoredNumber } from '../lib/useStoredValue';
import { paneLayout, type PaneLayout } from './paneLayout';
import { useWindowWidth } from './useWindowWidth';

/**
 * The panes' widths for the window as it is now (paneLayout.ts), and the list pane's width as the
 * user dragged it (kept across sessions) held between the list's minimum and what leaves the reader
 * its room beside the open side panels.
 */
export function usePaneWidth(open: { storiesOpen: boolean; notesOpen: boolean }): PaneLayout & {
  width: number;
  setWidth: (width: number) => void;
} {
  // 560 leaves the reader a comfortable column at 1440 px (720 left it ~450 px of text, issue 12).
  const [listWidth, setWidth] = useStoredNumber('crosscheck.listWidth', 560);
  const layout = paneLayout(useWindowWidth(), open);
  return { ...layout, width: Math.min(Math.max(listWidth, layout.listMin), layout.listMax), setWidth };
}
