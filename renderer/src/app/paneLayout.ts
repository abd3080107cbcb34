/** How wide each of the window's panes is, for one window width and the side panels open. */
export interface PaneLayout {
  /** The stories sidebar's width; 0 while it steps aside (or is closed). */
  readonly sidebarWidth: number;
  /** The notes panel's width; 0 while it is closed. */
  readonly notesWidth: number;
  /** The list's narrowest and widest; the reader takes the rest. */
  readonly listMin: number;
  readonly listMax: number;
  /** The sidebar is open but there is no room for it beside the notes: it steps aside (hidden, kept mounted). */
  readonly sidebarAside: boolean;
}

/** Below this window width the side panels and the list take their compact widths. */
export const COMPACT_BELOW = 1280;

const WIDE = { sidebar: 248, notes: 340, listMin: 360 } as const;
const COMPACT = { sidebar: 192, notes: 300, listMin: 236 } as const;
/** What the reader gets when there is room: a comfortable column of text beside the list. */
const READER_COMFORT = 400;
/**
 * The narrowest the reader may become to keep the sidebar, the list and the notes panel beside it
 * (1024 px leaves it 295 px); below this the sidebar steps aside instead.
 */
const READER_FLOOR = 280;
/** The divider between list and reader (Splitter.css). */
const SPLITTER = 1;

/**
 * The panes' widths at `windowWidth`: the sidebar and notes panel at their own widths (narrower
 * below {@link COMPACT_BELOW}), the list between its minimum and what leaves the reader 400 px,
 * and when even that minimum would leave the reader under 280 px, the list at its minimum and the
 * reader with the rest. Only when the window cannot hold all four at those floors (under 1009 px
 * with the notes open) does the sidebar step aside.
 *
 * @example paneLayout(1024, { storiesOpen: true, notesOpen: true }) // sidebar 192, notes 300, list 236: the reader has 295 px
 */
export function paneLayout(windowWidth: number, { storiesOpen, notesOpen }: { storiesOpen: boolean; notesOpen: boolean }): PaneLayout {
  const size = windowWidth < COMPACT_BELOW ? COMPACT : WIDE;
  const notesWidth = notesOpen ? size.notes : 0;
  const sidebarAside = storiesOpen && windowWidth - size.sidebar - notesWidth - size.listMin - SPLITTER < READER_FLOOR;
  const sidebarWidth = storiesOpen && !sidebarAside ? size.sidebar : 0;
  const room = windowWidth - sidebarWidth - notesWidth - SPLITTER;
  return {
    sidebarWidth,
    notesWidth,
    sidebarAside,
    listMin: size.listMin,
    listMax: Math.max(size.listMin, room - READER_COMFORT)
  };
}
