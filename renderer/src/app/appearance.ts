import type { WindowTheme } from '@shared/contract/schemas';
import { invoke } from '../lib/api';
import { useStoredValue } from '../lib/useStoredValue';

/** The theme chosen in Settings → Appearance: follow the operating system, or keep one. */
export type Appearance = WindowTheme;

const CHOICES: readonly Appearance[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'crosscheck.appearance';

/** Reads a stored choice; anything else (nothing stored, junk) is undefined. */
export const readAppearance = (stored: string | null): Appearance | undefined => CHOICES.find((c) => c === stored);

/**
 * Puts a choice on the page at once: `data-theme` on `<html>`, which theme.css reads (no attribute
 * follows `prefers-color-scheme`). Called before the first render with the remembered choice, so a
 * dark choice does not open light. The host is told too (`window:setTheme`): the desktop window's
 * frame, menus and background follow, and it opens in the choice next time; browser mode has no
 * frame of its own and answers that it applied nothing. A failure there changes nothing on the
 * page, so it is not shown.
 */
export function applyAppearance(choice: Appearance): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  invoke('window:setTheme', { theme: choice }).catch(() => undefined);
}

/** The remembered choice, read once at start-up (system when none or storage is unavailable). */
export function storedAppearance(): Appearance {
  try {
    return readAppearance(window.localStorage.getItem(STORAGE_KEY)) ?? 'system';
  } catch {
    return 'system';
  }
}

/** The appearance choice, remembered in localStorage; setting it also applies it. */
export function useAppearance(): [Appearance, (choice: Appearance) => void] {
  const [choice, remember] = useStoredValue<Appearance>(STORAGE_KEY, 'system', readAppearance);
  const choose = (next: Appearance) => {
    applyAppearance(next);
    remember(next);
  };
  return [choice, choose];
}
