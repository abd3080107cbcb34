import { useCallback, useState } from 'react';

/**
 * A view preference kept in localStorage across sessions. Storage can be unavailable or hold junk
 * (`read` returns undefined for it); both fall back to `initial`, and a value that cannot be
 * stored is simply not remembered: losing a view preference is harmless.
 */
export function useStoredValue<T>(
  key: string,
  initial: T,
  read: (stored: string | null) => T | undefined,
  write: (value: T) => string = String
): [T, (value: T) => void] {
  const [value, setValue] = useState(() => {
    try {
      return read(window.localStorage.getItem(key)) ?? initial;
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, write(next));
      } catch {
        // Not remembered; the preference still applies until the window closes.
      }
    },
    [key, write]
  );
  return [value, update];
}

const readFlag = (stored: string | null) => (stored === 'true' ? true : stored === 'false' ? false : undefined);
const readPositive = (stored: string | null) => {
  const n = Number(stored);
  return stored !== null && Number.isFinite(n) && n > 0 ? n : undefined;
};

/** A yes/no preference (the stories sidebar shown, sync scrolling on). */
export function useStoredFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  return useStoredValue(key, initial, readFlag);
}

/** A positive number (the width of the library pane). */
export function useStoredNumber(key: string, initial: number): [number, (value: number) => void] {
  return useStoredValue(key, initial, readPositive);
}

const NO_NAMES: ReadonlySet<string> = new Set();
const readNames = (stored: string | null) => {
  const parsed: unknown = JSON.parse(stored ?? '[]');
  return Array.isArray(parsed) ? new Set(parsed.filter((item): item is string => typeof item === 'string')) : undefined;
};
const writeNames = (names: ReadonlySet<string>) => JSON.stringify([...names]);

/** A set of names (the facet groups folded away); empty at first. */
export function useStoredSet(key: string): [ReadonlySet<string>, (value: ReadonlySet<string>) => void] {
  return useStoredValue(key, NO_NAMES, readNames, writeNames);
}
