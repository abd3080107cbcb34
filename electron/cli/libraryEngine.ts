import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from '@shared/contract/channels';
import type { Handlers } from '@shared/contract/dispatch';
import fs from 'node:fs';
import path from 'node:path';
import type { Host } from '../library/handlers';
import { type Library, LibraryFileError, openLibrary } from '../library/library';
import { diskFullHandlers, readOnlyHandlers } from '../library/readOnlyHandlers';
import { replacedLibraryHandlers } from '../library/replacedLibraryHandlers';
import { CREDITS_PASS, backgroundPassFailure } from '../library/backgroundPass';
import { rederiveWireCredits } from '../library/rederiveCredits';
import { libraryFileFrom } from './args';
import { callChannel } from './callChannel';

/** The CLI as a third host (issue 14): the same handlers, called through the same `dispatch`. */
export interface CliEngine {
  readonly library: Library;
  /** Runs a contract call; resolves with its value or throws {@link import('./callChannel').ChannelFailure}. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  close(): void;
}

export interface OpenCliEngineOptions {
  /** The command writes: a library that cannot be written is refused before anything runs. */
  readonly write?: boolean;
  /**
   * The command may make the library (`import`, `watch add`): a missing file is created. Every
   * other command refuses it, so a mistyped `--db` is not answered with a new, empty library.
   */
  readonly create?: boolean;
  /** Push events the handlers send (import progress), for a command that shows them. */
  readonly emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/**
 * Opens the library named by `--db` (or the app's) and serves `makeHandlers`' handlers over it in
 * this process: argv becomes a channel's input, `dispatch` validates it with the contract's schema
 * and runs the handler the desktop app and browser mode run, so every limit and rule lives once. A
 * library opened read-only refuses writes with the same sentences as in the app.
 * {@link import('./cliEngine').openCliEngine} serves them all; `crosscheck import` only the import
 * channels, so it does not load the rest of the engine.
 */
export function openLibraryEngine(
  values: { db?: string | boolean | undefined },
  makeHandlers: (library: Library, host: Host) => Partial<Handlers>,
  options: OpenCliEngineOptions = {}
): CliEngine {
  const file = libraryFileFrom(values);
  if (options.create !== true && isMissing(file))
    throw new LibraryFileError(
      `There is no library at ${path.resolve(file)}: import something first (\`crosscheck import <files>\`), or name an existing library with --db.`
    );
  const library = openLibrary(file, options.write ? { write: true } : {});
  try {
    const handlers = makeHandlers(library, { mode: 'cli', ...(options.emit ? { emit: options.emit } : {}) });
    const served =
      library.readOnly !== undefined
        ? readOnlyHandlers(handlers, library.readOnly)
        : replacedLibraryHandlers(diskFullHandlers(handlers, library.file), library.file);
    // Credits an older rule stored are read again before the command answers, once per library
    // (rederiveCredits.ts): `show` and `compare` give today's credits. A failure leaves them as
    // stored, and the next command tries again.
    const stop = new AbortController();
    const credited =
      library.readOnly !== undefined
        ? Promise.resolve()
        : rederiveWireCredits(library.db, stop.signal).then(
            () => {},
            (error: unknown) => {
              if (!stop.signal.aborted) console.error(backgroundPassFailure(library.file, CREDITS_PASS, error));
            }
          );
    return {
      library,
      call(channel, input) {
        return credited.then(() => callChannel(served, channel, input));
      },
      close: () => {
        stop.abort();
        library.close();
      }
    };
  } catch (error) {
    library.close();
    throw error;
  }
}

/**
 * Nothing is at the library's path. NB: only ENOENT; a path through a file (ENOTDIR) or one the
 * user may not read goes on to openLibrary, whose sentences say what is wrong with it.
 */
function isMissing(file: string): boolean {
  try {
    fs.statSync(file);
    return false;
  } catch (error) {
    return (error as { code?: unknown }).code === 'ENOENT';
  }
}
