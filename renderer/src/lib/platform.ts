/** True on macOS, where shortcuts use ⌘ instead of Ctrl. */
export const isMac: boolean = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The label of the primary modifier plus a key, the way the platform writes it (`⌘K`, `Ctrl K`). */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl ${key}`;
}

/** True when the platform's primary modifier (⌘ on macOS, Ctrl elsewhere) is held. */
export function hasPrimaryModifier(event: { metaKey: boolean; ctrlKey: boolean }): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}
