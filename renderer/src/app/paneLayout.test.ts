import { describe, expect, it } from 'vitest';
import { paneLayout } from './paneLayout';

/** The reader's width: what the panes leave (the list as dragged, else at its default, and the 1 px divider). */
const readerWidth = (w: number, open: { storiesOpen: boolean; notesOpen: boolean }, list?: number) => {
  const l = paneLayout(w, open);
  return w - l.sidebarWidth - l.notesWidth - Math.min(Math.max(list ?? l.listDefault, l.listMin), l.listMax) - 1;
};

describe('paneLayout', () => {
  it('at 1024 px with the notes open, sets the sidebar aside: list 323 px, reader 400 (it had 295 beside four panes)', () => {
    const l = paneLayout(1024, { storiesOpen: true, notesOpen: true });
    expect(l.sidebarAside).toBe(true);
    expect(l.sidebarWidth).toBe(0);
    expect(l.notesWidth).toBe(300);
    expect(l.listDefault).toBe(323);
    expect(readerWidth(1024, { storiesOpen: true, notesOpen: true })).toBe(400);
    // Without the notes the sidebar stays, down to the window's smallest (820 px).
    expect(paneLayout(1024, { storiesOpen: true, notesOpen: false }).sidebarAside).toBe(false);
    expect(paneLayout(820, { storiesOpen: true, notesOpen: false }).sidebarAside).toBe(false);
  });

  it('keeps all four panes from 1129 px, where they fit with 400 px for the reader, and at full widths from 1280 px', () => {
    expect(paneLayout(1128, { storiesOpen: true, notesOpen: true }).sidebarAside).toBe(true);
    expect(paneLayout(1129, { storiesOpen: true, notesOpen: true }).sidebarAside).toBe(false);
    expect(paneLayout(1280, { storiesOpen: true, notesOpen: true }).sidebarAside).toBe(false);
  });

  it('gives the side panels their full widths from 1280 px, and the reader 400 px beside them', () => {
    const l = paneLayout(1440, { storiesOpen: true, notesOpen: true });
    expect([l.sidebarWidth, l.notesWidth, l.listMin]).toEqual([248, 340, 360]);
    expect(readerWidth(1440, { storiesOpen: true, notesOpen: true })).toBe(400);
  });

  it('starts the list wider in wide windows (the word count shows from 561 px), 560 px where the reader needs the room', () => {
    expect(paneLayout(1440, { storiesOpen: true, notesOpen: false }).listDefault).toBe(671);
    expect(readerWidth(1440, { storiesOpen: true, notesOpen: false })).toBe(520);
    expect(paneLayout(1920, { storiesOpen: true, notesOpen: false }).listDefault).toBe(680);
    expect(paneLayout(1280, { storiesOpen: true, notesOpen: false }).listDefault).toBe(560);
    expect(paneLayout(1024, { storiesOpen: true, notesOpen: false }).listDefault).toBe(1024 - 192 - 1 - 400);
  });

  it('lets the list be dragged no narrower than its minimum, nor so wide the reader drops under 400 px', () => {
    expect(readerWidth(1280, { storiesOpen: true, notesOpen: false }, 2000)).toBe(400);
    expect(readerWidth(1280, { storiesOpen: true, notesOpen: false }, 10)).toBe(1280 - 248 - 360 - 1);
  });

  it('counts a closed sidebar or notes panel as no width', () => {
    const l = paneLayout(1024, { storiesOpen: false, notesOpen: false });
    expect([l.sidebarWidth, l.notesWidth, l.sidebarAside]).toEqual([0, 0, false]);
  });
});
