import { useCallback, useState } from 'react';

/**
 * A set of names kept in localStorage across sessions (the facet groups folded away). Storage can
 * be unavailable or hold junk; both fall back to an empty set.
 */
export function useStoredSet(key: string): [ReadonlySet<string>, (value: ReadonlySet<string>) => void] {
  const [value, setValue] = useState<ReadonlySet<string>>(() => {
    try {
      const stored: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
      return new Set(Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []);
    } catch {
      return new Set();
    }
  });
  const update = useCallback(
    (next: ReadonlySet<string>) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, JSON.stringify([...next]));
      } catch {
        // Not persisting a view preference is harmless.
      }
    },
    [key]
  );
  return [value, update];
}
