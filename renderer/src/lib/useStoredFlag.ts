import { useCallback, useState } from 'react';

/**
 * A yes/no preference kept in localStorage across sessions (the stories sidebar shown, sync
 * scrolling on). Storage can be unavailable or hold junk; both fall back to `initial`.
 */
export function useStoredFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const stored = window.localStorage.getItem(key);
      return stored === 'true' ? true : stored === 'false' ? false : initial;
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // Not persisting a view preference is harmless.
      }
    },
    [key]
  );
  return [value, update];
}
