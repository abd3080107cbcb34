import fs from 'node:fs';
import path from 'node:path';
import { WindowTheme } from '@shared/contract/schemas';

/**
 * The desktop window's theme as the main process keeps it (Settings → Appearance; docs/ui.md,
 * "Themes"). The page remembers the choice in its own storage, which the main process cannot read
 * before the window exists; so the last choice the page sent (`window:setTheme`) is also kept in a
 * small file in the user data folder, read at start-up before the window is made. The window then opens
 * in the right colours, its frame and menus included. Plain Node, tested without Electron: the main
 * process only hands the answer to `nativeTheme.themeSource`.
 */

/** The file the choice is kept in: `<userData>/window-theme.json`. */
export function windowThemeFile(userData: string): string {
  return path.join(userData, 'window-theme.json');
}

/**
 * The remembered theme; `system` when none was saved or the file is unreadable or holds anything
 * else (a hand edit, a newer build's value): the window then follows the computer, as before the
 * setting existed.
 */
export function readWindowTheme(file: string): WindowTheme {
  try {
    const saved = WindowTheme.safeParse((JSON.parse(fs.readFileSync(file, 'utf8')) as { theme?: unknown } | null)?.theme);
    return saved.success ? saved.data : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Remembers `theme` for the next start: written to a temporary file and renamed over the old one,
 * so a crash mid-write leaves the old choice, never half a file. Makes the folder if it is missing.
 * A write that fails (a full disk) removes its temporary file and throws: the page sends its choice
 * at every start, and each failure left one more in the user data folder (session 17 review, #6).
 */
export function saveWindowTheme(file: string, theme: WindowTheme): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, `${JSON.stringify({ theme })}\n`);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The window's background (shown before the page paints and while it resizes): the page's own
 * background colour (theme.css `--bg`) in the theme Electron resolved, so the window never flashes
 * the other colour.
 */
export function windowBackground(dark: boolean): string {
  return dark ? '#141416' : '#f7f7f5';
}
