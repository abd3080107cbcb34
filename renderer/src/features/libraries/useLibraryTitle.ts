import { useEffect } from 'react';
import { APP_TITLE } from './appTitle';
import { libraryName } from './libraryName';

/**
 * Names the open library in the window's title (`Elections 2026 — Crosscheck`): the desktop window
 * takes the page's title as its own, and a browser tab shows it, so the user sees which library
 * they are working in.
 */
export function useLibraryTitle(path: string | undefined): void {
  useEffect(() => {
    document.title = path ? `${libraryName(path)} — ${APP_TITLE}` : APP_TITLE;
  }, [path]);
}
