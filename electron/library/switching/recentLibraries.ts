import fs from 'node:fs';
import path from 'node:path';

/**
 * Which library the desktop app opens, and the libraries opened before it (File → Open Recent,
 * Settings → Library → Switch library…; docs/ui.md, "Libraries"). Kept in a small JSON file in the
 * user data folder, as `windowTheme.ts` keeps the theme, so the choice outlives a restart. Plain
 * Node and pure where it can be: the file is read and written by the two functions at the end.
 */

/** Most libraries the recent list holds (the open one included). */
export const RECENT_LIBRARIES_MAX = 8;

/** The desktop app's choice of library. */
export interface LibraryChoices {
  /** The library to open at start; absent: the default library (`<userData>/library.sqlite`). */
  readonly current?: string;
  /** Libraries opened, the most recent first, absolute paths, each once, at most {@link RECENT_LIBRARIES_MAX}. */
  readonly recent: readonly string[];
}

/** No choice made yet: the default library, nothing recent. */
export const NO_CHOICES: LibraryChoices = { recent: [] };

/** The file the choice is kept in: `<userData>/libraries.json`. */
export function libraryChoicesFile(userData: string): string {
  return path.join(userData, 'libraries.json');
}

/**
 * The choices with every path absolute, each once (the first kept), at most {@link RECENT_LIBRARIES_MAX}.
 * Anything that is not a non-empty string is dropped, so a hand-edited file yields what it can.
 */
export function normaliseChoices(raw: unknown): LibraryChoices {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as { current?: unknown; recent?: unknown };
  const current = typeof value.current === 'string' && value.current.trim() !== '' ? path.resolve(value.current) : undefined;
  const listed = Array.isArray(value.recent) ? value.recent : [];
  const recent: string[] = [];
  for (const entry of listed) {
    if (typeof entry !== 'string' || entry.trim() === '') continue;
    const file = path.resolve(entry);
    if (!recent.includes(file)) recent.push(file);
  }
  return { ...(current ? { current } : {}), recent: recent.slice(0, RECENT_LIBRARIES_MAX) };
}

/** `file` opened now: the one to open at the next start, and first in the recent list. */
export function rememberOpened(choices: LibraryChoices, file: string): LibraryChoices {
  const opened = path.resolve(file);
  return { current: opened, recent: [opened, ...choices.recent.filter((f) => f !== opened)].slice(0, RECENT_LIBRARIES_MAX) };
}

/** `file` taken off the recent list (the open library stays the one to open at start). */
export function forgetRecent(choices: LibraryChoices, file: string): LibraryChoices {
  const gone = path.resolve(file);
  return { ...(choices.current ? { current: choices.current } : {}), recent: choices.recent.filter((f) => f !== gone) };
}

/** Clear Recent: the list holds only the open library, `open`. */
export function clearRecent(choices: LibraryChoices, open: string): LibraryChoices {
  const kept = path.resolve(open);
  return { ...(choices.current ? { current: choices.current } : {}), recent: [kept] };
}

/**
 * The library to open at start: the remembered one while its file is there, else `defaultFile`
 * (a library on a disk that is not mounted, moved or deleted never stops the app from starting).
 */
export function startLibraryFile(
  choices: LibraryChoices,
  defaultFile: string,
  exists: (file: string) => boolean = fs.existsSync
): string {
  return choices.current && exists(choices.current) ? choices.current : path.resolve(defaultFile);
}

/**
 * The remembered choices; {@link NO_CHOICES} when the file is missing, unreadable or not JSON,
 * so a damaged or hand-edited file means the default library, never a failed start.
 */
export function readLibraryChoices(file: string): LibraryChoices {
  try {
    return normaliseChoices(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return NO_CHOICES;
  }
}

/**
 * Keeps `choices` for the next start: written to a temporary file and renamed over the old one,
 * so a crash mid-write leaves the old choice, never half a file. Makes the folder if it is missing.
 */
export function saveLibraryChoices(file: string, choices: LibraryChoices): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(choices, null, 2)}\n`);
  fs.renameSync(temporary, file);
}
