import { useStoredNumber } from '../lib/useStoredValue';
import { paneLayout, type PaneLayout } from './paneLayout';
import { useWindowWidth } from './useWindowWidth';

/** Stored while the user has never dragged the divider: the list takes the layout's default. */
const NOT_DRAGGED = 0;

/**
 * The panes' widths for the window as it is now (paneLayout.ts), and the list pane's width: as the
 * user dragged it (kept across sessions), else the layout's default for this window, held between
 * the list's minimum and what leaves the reader its room beside the open side panels.
 */
export function usePaneWidth(open: { storiesOpen: boolean; notesOpen: boolean }): PaneLayout & {
  width: number;
  setWidth: (width: number) => void;
} {
  const [dragged, setWidth] = useStoredNumber('crosscheck.listWidth', NOT_DRAGGED);
  const layout = paneLayout(useWindowWidth(), open);
  const wanted = dragged === NOT_DRAGGED ? layout.listDefault : dragged;
  return { ...layout, width: Math.min(Math.max(wanted, layout.listMin), layout.listMax), setWidth };
}
