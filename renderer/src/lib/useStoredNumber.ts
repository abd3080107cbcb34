import { useCallback, useState } from 'react';

/**
 * A number kept in localStorage across sessions (the width of the library pane). Storage can be
 * unavailable or hold junk; both fall back to `initial` rather than failing.
 */
export function useStoredNumber(key: string, initial: number): [number, (value: number) => void] {
  const [value, setValue] = useState(() => {
    try {
      const stored = Number(window.localStorage.getItem(key));
      return Number.isFinite(stored) && stored > 0 ? stored : initial;
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (next: number) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // Not persisting a pane width is harmless.
      }
    },
    [key]
  );
  return [value, update];
}
