/** How wide each of the window's panes is, for one window width and the side panels open. */
export interface PaneLayout {
  /** The stories sidebar's width; 0 while it steps aside (or is closed). */
  readonly sidebarWidth: number;
  /** The notes panel's width; 0 while it is closed. */
  readonly notesWidth: number;
  /** The list's narrowest and widest; the reader takes the rest. */
  readonly listMin: number;
  readonly listMax: number;
  /** The list's width until the user drags the divider (within listMin…listMax). */
  readonly listDefault: number;
  /** The sidebar is open but there is no room for it beside the notes: it steps aside (hidden, kept mounted). */
  readonly sidebarAside: boolean;
}

/** Below this window width the side panels and the list take their compact widths. */
export const COMPACT_BELOW = 1280;

const WIDE = { sidebar: 248, notes: 340, listMin: 360 } as const;
const COMPACT = { sidebar: 192, notes: 300, listMin: 236 } as const;
/**
 * What the reader gets when there is room: a comfortable column of text beside the list. With the
 * notes open, the sidebar steps aside rather than leave the reader less (review 13, #10: four panes
 * at 1024 px left it 295 px, too narrow to read in).
 */
const READER_COMFORT = 400;
/**
 * The list's width before the user drags the divider: 560 px (the word count shows from 561) in
 * windows under about 1400 px, where the reader needs the room, up to 680 px in wider ones, where
 * 560 cut titles to ~25 characters and hid the word count at 1440 px (review 13, #9); the reader
 * keeps at least 520 px beside it.
 */
const LIST_DEFAULT = { least: 560, most: 680, readerRoom: 520 } as const;
/** The divider between list and reader (Splitter.css). */
const SPLITTER = 1;

/**
 * The panes' widths at `windowWidth`: the sidebar and notes panel at their own widths (narrower
 * below {@link COMPACT_BELOW}), the list between its minimum and what leaves the reader 400 px.
 * When the notes are open in a compact window and the list at its minimum would still leave the
 * reader under 400 px (under 1129 px wide), the sidebar steps aside for the notes.
 *
 * @example paneLayout(1024, { storiesOpen: true, notesOpen: true }) // sidebar aside, notes 300, list up to 323: the reader has 400 px
 */
export function paneLayout(windowWidth: number, { storiesOpen, notesOpen }: { storiesOpen: boolean; notesOpen: boolean }): PaneLayout {
  const size = windowWidth < COMPACT_BELOW ? COMPACT : WIDE;
  const notesWidth = notesOpen ? size.notes : 0;
  // NB: only in compact windows: from 1280 px the list at its minimum beside the notes would be
  // 360 px with the Sample tag and date, titles cut under 25 characters (the layout audit).
  const sidebarAside =
    storiesOpen && notesOpen && windowWidth < COMPACT_BELOW && windowWidth - size.sidebar - notesWidth - size.listMin - SPLITTER < READER_COMFORT;
  const sidebarWidth = storiesOpen && !sidebarAside ? size.sidebar : 0;
  const room = windowWidth - sidebarWidth - notesWidth - SPLITTER;
  const listMax = Math.max(size.listMin, room - READER_COMFORT);
  const roomyDefault = Math.min(LIST_DEFAULT.most, Math.max(LIST_DEFAULT.least, room - LIST_DEFAULT.readerRoom));
  return {
    sidebarWidth,
    notesWidth,
    sidebarAside,
    listMin: size.listMin,
    listMax,
    listDefault: Math.min(Math.max(roomyDefault, size.listMin), listMax)
  };
}
