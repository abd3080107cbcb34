import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '@shared/contract/dispatch';
import type { Handlers } from '@shared/contract/dispatch';
import type { LibraryOpened, RecentLibrary } from '@shared/contract/librarySchemas';
import { AppFailure } from '@shared/contract/result';
import type { EngineClient, Invoke } from '../engineWorker/startEngineWorker';
import { checkLibraryFile, checkNewLibraryFile } from './libraryFileCheck';
import {
  type LibraryChoices,
  clearRecent,
  forgetRecent,
  readLibraryChoices,
  rememberOpened,
  saveLibraryChoices,
  startLibraryFile
} from './recentLibraries';

/** The channels the desktop host answers itself: they replace the engine, so the engine cannot serve them. */
const HOST_CHANNELS = [
  'library:recent',
  'library:open',
  'library:create',
  'library:forgetRecent',
  'library:clearRecent'
] as const;
type HostChannel = (typeof HOST_CHANNELS)[number];

/** How the desktop app starts its libraries. */
export interface LibraryHostOptions {
  /** Where the choice of library is kept (`recentLibraries.libraryChoicesFile`). */
  readonly choicesFile: string;
  /** The default library, opened when none was chosen or the chosen one is gone. */
  readonly defaultFile: string;
  /**
   * Starts an engine worker on `file`. `seeds`: import the sample articles into it when it is
   * empty (only the default library: a library the user made starts empty).
   */
  readonly startEngine: (file: string, seeds: boolean) => Promise<EngineClient>;
  /** The native Open dialog for a library file; `null` when cancelled. */
  readonly pickLibraryToOpen?: () => Promise<string | null>;
  /** The native Save dialog naming a new library file; `null` when cancelled. */
  readonly pickNewLibrary?: () => Promise<string | null>;
  /** After the open library or the recent list changed (the menu's Open Recent is rebuilt from it). */
  readonly onChange?: (host: LibraryHost) => void;
  /** Where a failure that the user is not shown is logged (a remembered library that would not open). */
  readonly onError?: (error: unknown) => void;
}

/** The desktop app's engine, switchable between libraries. */
export interface LibraryHost {
  /** Routes a contract call: the switching channels here, every other one to the open library's engine. */
  readonly invoke: Invoke;
  /** The open library's file. */
  file(): string;
  /** The recent libraries, the open one first, each saying whether its file is still there. */
  recent(): RecentLibrary[];
  /** Closes the open library (a WAL checkpoint, its holder record removed). */
  close(): Promise<void>;
}

/**
 * Starts the desktop app on the library it used last (or the default one) and lets the user
 * switch to another (review 16, #4). A switch checks the other file first
 * (`checkLibraryFile`: a file that is not a Crosscheck library is refused and nothing changes),
 * starts an engine worker on it, and only once that one is open closes the old engine, so the
 * window is never left with no library: a file that fails to open leaves the current one in place.
 * One switch runs at a time; calls made meanwhile go to the library open when they arrive.
 */
export async function startLibraryHost(options: LibraryHostOptions): Promise<LibraryHost> {
  let choices = readLibraryChoices(options.choicesFile);
  const defaultFile = path.resolve(options.defaultFile);
  let file = startLibraryFile(choices, defaultFile);
  let engine: EngineClient;
  try {
    engine = await options.startEngine(file, file === defaultFile);
  } catch (error) {
    // A remembered library that no longer opens (a newer schema, damaged) never stops the app: the default one opens.
    if (file === defaultFile) throw error;
    options.onError?.(error);
    file = defaultFile;
    engine = await options.startEngine(file, true);
  }
  choices = remember(rememberOpened(choices, file));
  let switching: Promise<unknown> = Promise.resolve();

  function remember(next: LibraryChoices): LibraryChoices {
    try {
      saveLibraryChoices(options.choicesFile, next);
    } catch (error) {
      // An unwritable settings folder loses the list at the next start, not the switch.
      options.onError?.(error);
    }
    return next;
  }

  const host: LibraryHost = {
    invoke: (channel, input) =>
      (HOST_CHANNELS as readonly string[]).includes(channel)
        ? dispatch(handlers, channel, input, (_, error) => options.onError?.(error))
        : engine.invoke(channel, input),
    file: () => file,
    recent: () => choices.recent.map((f) => ({ path: f, name: path.basename(f), missing: !fs.existsSync(f), open: f === file })),
    close: () => engine.close()
  };

  /** Runs one switch after any other has ended. */
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const run = switching.then(work, work);
    switching = run.catch(() => undefined);
    return run;
  }

  async function switchTo(next: string, seeds: boolean): Promise<LibraryOpened> {
    if (next === file) return { path: file, ...(await readOnlyOf(engine)) };
    const opened = await options.startEngine(next, seeds);
    const old = engine;
    engine = opened;
    file = next;
    await old.close();
    choices = remember(rememberOpened(choices, next));
    options.onChange?.(host);
    return { path: next, ...(await readOnlyOf(opened)) };
  }

  const listChanged = (next: LibraryChoices): RecentLibrary[] => {
    choices = remember(next);
    options.onChange?.(host);
    return host.recent();
  };

  const handlers: Pick<Handlers, HostChannel> = {
    'library:recent': () => ({ recent: host.recent() }),
    'library:open': ({ path: given }) =>
      serially(async () => {
        const chosen = given ?? (await pick(options.pickLibraryToOpen));
        if (chosen === null) return { path: null };
        const target = path.resolve(chosen);
        if (target === file) return { path: file, ...(await readOnlyOf(engine)) };
        const verdict = checkLibraryFile(target);
        if (!verdict.ok) {
          // A recent library whose file is gone is taken off the list as it is refused.
          if (verdict.code === 'not-found' && choices.recent.includes(target)) {
            listChanged(forgetRecent(choices, target));
            throw new AppFailure('not-found', `${verdict.message} It is taken off the recent libraries.`);
          }
          throw new AppFailure(verdict.code, verdict.message);
        }
        return switchTo(target, target === defaultFile);
      }),
    'library:create': () =>
      serially(async () => {
        const chosen = await pick(options.pickNewLibrary);
        if (chosen === null) return { path: null };
        const target = path.resolve(chosen);
        const verdict = checkNewLibraryFile(target);
        if (!verdict.ok) throw new AppFailure(verdict.code, verdict.message);
        return switchTo(target, false);
      }),
    'library:forgetRecent': ({ path: gone }) => ({ recent: listChanged(forgetRecent(choices, gone)) }),
    'library:clearRecent': () => ({ recent: listChanged(clearRecent(choices, file)) })
  };

  return host;
}

async function pick(picker: (() => Promise<string | null>) | undefined): Promise<string | null> {
  if (!picker) throw new AppFailure('unavailable', 'This window cannot show a file dialog: name the library file.');
  return picker();
}

/** The open library's read-only reason, as `library:info` says it. */
async function readOnlyOf(engine: EngineClient): Promise<{ readOnly?: string }> {
  const info = await engine.invoke('library:info', {});
  const readOnly = info.ok ? (info.value as { readOnly?: unknown }).readOnly : undefined;
  return typeof readOnly === 'string' ? { readOnly } : {};
}
