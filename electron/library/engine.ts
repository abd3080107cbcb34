import type { Handlers } from '@shared/contract/dispatch';
import { type EngineServices, type Host, createHandlers, createServices } from './handlers';
import { listWatchedFolders } from './watch/watchedFolders';
import { type Library, type OpenLibraryOptions, openLibrary } from './library';
import { openReadableDb } from './db/connection';
import { ensureSeeds } from './seeds';
import { countArticles } from './articles';
import { ensureStories, hasUnplacedArticles, needsGrouping } from './stories/ensureStories';
import { GroupingStoppedError } from './stories/groupInBackground';
import { backfillLanguages } from './languageBackfill';
import { CREDITS_PASS, backgroundPassFailure } from './backgroundPass';
import { rederiveWireCredits } from './rederiveCredits';
import { backupIfDue } from './maintenance/backups';
import { diskFullHandlers, readOnlyHandlers } from './readOnlyHandlers';
import { replacedLibraryHandlers } from './replacedLibraryHandlers';
import { watchExternalWrites } from './externalWrites';
import { type LibraryDigest, diffLibraryDigests, readLibraryDigest } from './changeDigest';

/** Everything a host needs: the open library and the handlers serving it. */
export interface Engine {
  readonly library: Library;
  readonly handlers: Handlers;
  /**
   * Languages detected for the articles of an older library that have none, in the background
   * once per library; settles with how many got one (0 when already done or stopped by `close`).
   */
  readonly languageBackfill: Promise<number>;
  /**
   * Wire credits an older credit rule stored, read again by today's (rederiveCredits.ts), in the
   * background once per library; settles with how many articles' credits changed.
   */
  readonly creditRederivation: Promise<number>;
  close(): void;
}

export interface StartEngineOptions extends OpenLibraryOptions {
  readonly file: string;
  readonly host: Host;
  /** Import the sample articles from this folder into an empty library on first start. */
  readonly seedsDir?: string;
  /**
   * Articles in no story are grouped before the engine starts when the library holds at most
   * this many articles (a moment), and in a worker after it started when it holds more.
   * Default {@link GROUP_AT_START_UP_TO}.
   */
  readonly groupAtStartUpTo?: number;
  /**
   * How often to look for writes by other processes (another window, `crosscheck serve`, a
   * `crosscheck` command), each told as `library:changed` (`external`); milliseconds, default
   * 1000. The CLI's engine never looks (it runs one command and exits).
   */
  readonly externalWritesPollMs?: number;
}

/** What a restore refused because this host has the library open calls it (db/libraryHolders.ts). */
const HOLDER_NAMES: Partial<Record<Host['mode'], string>> = { desktop: 'the app', browser: 'crosscheck serve' };

/** Up to this many articles, regrouping takes well under a second: done before the window opens. */
export const GROUP_AT_START_UP_TO = 2000;

/**
 * Opens a library for a UI host (desktop window or browser mode): migrates it, imports the
 * sample articles on first start, and builds the handlers of every channel. Articles in no story
 * yet (imported with `crosscheck import --no-group`, or committed by an import that was killed
 * before it grouped them) are grouped at once in a small library, and in a worker in a large one,
 * so the window opens without waiting; the host hears `library:changed` (`stories`) when they are.
 * A library whose story terms were keyed another way than this build keys them is regrouped once,
 * in the worker, whatever its size.
 */
export async function startEngine(options: StartEngineOptions): Promise<Engine> {
  const holder = HOLDER_NAMES[options.host.mode];
  const library = openLibrary(options.file, holder ? { ...options, holder } : options);
  if (library.readOnly !== undefined) return readOnlyEngine(library, library.readOnly, options);
  try {
    if (options.seedsDir) await ensureSeeds(library.db, options.seedsDir);
    // Only articles in no story: story terms keyed the old way are re-keyed in the worker below, so
    // the window opens with the library's stories as they were and they regroup behind it.
    if (hasUnplacedArticles(library.db) && countArticles(library.db) <= (options.groupAtStartUpTo ?? GROUP_AT_START_UP_TO)) {
      ensureStories(library.db);
    }
  } catch (error) {
    library.close();
    throw error;
  }
  // Reads on a read-only connection of their own (issue 14): typed apart from the writer, and never
  // waiting behind a write transaction (WAL). NB: an in-memory library exists on one connection only.
  const reader = library.file === ':memory:' ? library.db : openReadableDb(library.file, options);
  const services = createServices(library, options.host, reader);
  const stopBackfill = new AbortController();
  // A failure only leaves languages empty (tried again at the next start): never the host's problem.
  const languageBackfill = backfillLanguages(library.db, stopBackfill.signal).catch((error: unknown) => {
    if (!stopBackfill.signal.aborted) console.error(backgroundPassFailure(library.file, 'detecting older articles’ languages', error));
    return 0;
  });
  // Likewise: a failure leaves the older credits shown until the next start tries again.
  const creditRederivation = rederiveWireCredits(library.db, stopBackfill.signal).catch((error: unknown) => {
    if (!stopBackfill.signal.aborted) console.error(backgroundPassFailure(library.file, CREDITS_PASS, error));
    return 0;
  });
  if (needsGrouping(library.db)) {
    // In the stories worker; `library:changed` (`stories`) tells the UI when they are grouped. Also
    // a library whose story terms were keyed the old way (stories/termScheme.ts): regrouped once.
    void services.stories?.ensure().catch((error: unknown) => {
      // The next import or start groups them again; meanwhile they are listed, searched and read.
      if (!(error instanceof GroupingStoppedError)) console.error(error instanceof Error ? error.message : error);
    });
  }
  // Daily backup (docs/reliability.md): in the background, while the window opens. A failure costs
  // only this day's backup (tried again at the next start); closing the library ends it quietly.
  if (library.file !== ':memory:') {
    const open = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
    void backupIfDue(library.db, library.file, new Date(), open).catch((error: unknown) => {
      if (library.db.open) console.error(error instanceof Error ? error.message : error);
    });
  }
  // Changes made while the app was closed: import what the watched folders hold now.
  const watched = listWatchedFolders(services.reader)
    .filter((f) => f.exists)
    .map((f) => f.path);
  if (watched.length > 0 && options.host.watchFolders) {
    void services.imports.run(watched).then(
      (report) => options.host.emit?.('library:changed', { reason: 'watched-folder', report }),
      () => {}
    );
  }
  // Another process's writes (docs/reliability.md): the window fetches again what they changed,
  // told by comparing a digest of the library taken before with one taken now (changeDigest.ts).
  const { host } = options;
  const watchWrites = host.emit && host.mode !== 'cli' && library.file !== ':memory:';
  let digest: LibraryDigest | undefined;
  const whatChanged = () => {
    try {
      // The article rows are read again only when the articles area's aggregates changed.
      const next = readLibraryDigest(services.reader, digest);
      const changed = digest ? diffLibraryDigests(services.reader, digest, next) : undefined;
      digest = next;
      return changed;
    } catch {
      // A busy or closing library: the window fetches everything, as it did before digests.
      digest = undefined;
      return undefined;
    }
  };
  // The first digest once the window is opening, not before it: a moment on a large library.
  const firstDigest = watchWrites ? setTimeout(() => void whatChanged(), 0) : undefined;
  firstDigest?.unref();
  const external = watchWrites
    ? watchExternalWrites(library.db, {
        ...(options.externalWritesPollMs === undefined ? {} : { intervalMs: options.externalWritesPollMs }),
        ownWork: () => ({
          busy: services.imports.busy || (services.stories?.busy ?? false),
          ended: services.imports.ended + (services.stories?.ended ?? 0)
        }),
        onChange: () => {
          const changed = whatChanged();
          host.emit?.('library:changed', changed ? { reason: 'external', changed } : { reason: 'external' });
          followWatchedFolders(services, host);
        }
      })
    : undefined;
  return {
    library,
    handlers: replacedLibraryHandlers(diskFullHandlers(createHandlers(library, options.host, services), library.file), library.file),
    languageBackfill,
    creditRederivation,
    close: () => {
      clearTimeout(firstDigest);
      external?.close();
      services.stories?.close();
      stopBackfill.abort();
      services.watcher?.close();
      if (reader !== library.db && reader.open) reader.close();
      library.close();
    }
  };
}

/**
 * Another process may have added or removed a watched folder (`crosscheck watch add`): the
 * watcher is made to match the list again, and a folder it starts watching is caught up at once,
 * as `watch:add` does in this engine. Comparing the list is a small indexed read.
 */
function followWatchedFolders(services: EngineServices, host: Host): void {
  if (!services.watcher) return;
  const added = services.watcher.sync(listWatchedFolders(services.reader).map((f) => f.path));
  if (added.length > 0 && !services.imports.busy) {
    void services.imports.run(added).then(
      (report) => host.emit?.('library:changed', { reason: 'watched-folder', report }),
      () => {}
    );
  }
}

/**
 * The engine of a library opened read-only: none of the start-up work (sample articles, grouping,
 * language backfill, re-reading wire credits, the daily backup, watched folders), since each
 * writes; the handlers refuse writes with a sentence.
 */
function readOnlyEngine(library: Library, reason: string, options: StartEngineOptions): Engine {
  const services = createServices(library, { ...options.host, watchFolders: false });
  return {
    library,
    handlers: readOnlyHandlers(createHandlers(library, options.host, services), reason),
    languageBackfill: Promise.resolve(0),
    creditRederivation: Promise.resolve(0),
    close: () => library.close()
  };
}
