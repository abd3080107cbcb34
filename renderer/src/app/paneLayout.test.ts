import { describe, expect, it } from 'vitest';
import { paneLayout } from './paneLayout';

/** The reader's width: what the panes leave (the list at its widest, as it starts, and the 1 px divider). */
const readerWidth = (w: number, open: { storiesOpen: boolean; notesOpen: boolean }, list = 560) => {
  const l = paneLayout(w, open);
  return w - l.sidebarWidth - l.notesWidth - Math.min(Math.max(list, l.listMin), l.listMax) - 1;
};

describe('paneLayout', () => {
  it('keeps the sidebar, list, reader and notes side by side at 1024 px, each at least its compact width', () => {
    const l = paneLayout(1024, { storiesOpen: true, notesOpen: true });
    expect(l.sidebarAside).toBe(false);
    expect(l.sidebarWidth).toBe(192);
    expect(l.notesWidth).toBe(300);
    expect(l.listMax).toBe(236);
    expect(readerWidth(1024, { storiesOpen: true, notesOpen: true })).toBe(295);
  });

  it('gives the side panels their full widths from 1280 px, and the reader 400 px beside them', () => {
    const l = paneLayout(1440, { storiesOpen: true, notesOpen: true });
    expect([l.sidebarWidth, l.notesWidth, l.listMin]).toEqual([248, 340, 360]);
    expect(readerWidth(1440, { storiesOpen: true, notesOpen: true })).toBe(400);
    expect(readerWidth(1440, { storiesOpen: true, notesOpen: false })).toBe(631);
  });

  it('lets the list be dragged no narrower than its minimum, nor so wide the reader drops under 400 px', () => {
    expect(readerWidth(1280, { storiesOpen: true, notesOpen: false }, 2000)).toBe(400);
    expect(readerWidth(1280, { storiesOpen: true, notesOpen: false }, 10)).toBe(1280 - 248 - 360 - 1);
  });

  it('sets the sidebar aside only when the window cannot hold all four panes at their floors', () => {
    expect(paneLayout(1009, { storiesOpen: true, notesOpen: true }).sidebarAside).toBe(false);
    const narrow = paneLayout(900, { storiesOpen: true, notesOpen: true });
    expect(narrow.sidebarAside).toBe(true);
    expect(narrow.sidebarWidth).toBe(0);
    expect(readerWidth(900, { storiesOpen: true, notesOpen: true })).toBe(900 - 300 - 236 - 1);
    // Without the notes the sidebar stays, down to the window's smallest (820 px).
    expect(paneLayout(820, { storiesOpen: true, notesOpen: false }).sidebarAside).toBe(false);
  });

  it('counts a closed sidebar or notes panel as no width', () => {
    const l = paneLayout(1024, { storiesOpen: false, notesOpen: false });
    expect([l.sidebarWidth, l.notesWidth, l.sidebarAside]).toEqual([0, 0, false]);
  });
});
