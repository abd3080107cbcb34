import type { EventName, EventPayload } from '@shared/contract/channels';
import type { Handlers } from '@shared/contract/dispatch';
import { AppFailure } from '@shared/contract/result';
import type { WindowTheme } from '@shared/contract/schemas';
import { countArticles, getArticle, listArticles } from './articles';
import { annotationHandlers } from './annotations/annotationHandlers';
import { exportHandlers } from './export/exportHandlers';
import type { PrintPdf } from './export/printPdf';
import { type PickSavePath, saveExport } from './export/saveExport';
import { correctArticles } from './bulkEdit';
import { correctArticle } from './corrections';
import { deleteArticles } from './deleteArticles';
import type { ImportJobs } from './import/importJob';
import { announceReanchored, createImportJobs, importHandlers } from './import/importHandlers';
import { type Library, librarySchemaVersion } from './library';
import { requireWritable } from './db/readOnly';
import type { ReadableDb } from './db/connection';
import { searchHandlers } from './search/searchHandlers';
import { StoryJobs } from './stories/storyJobs';
import { hasUnplacedArticles } from './stories/ensureStories';
import { isStopped } from './stories/jobProgress';
import { FolderWatcher } from './watch/folderWatcher';
import { addWatchedFolder, listWatchedFolders, removeWatchedFolder } from './watch/watchedFolders';
import { countStandalone, listStories, mergeStories, moveToStory, renameStory, splitStory } from './stories/storyQueries';
import { maintenanceHandlers } from './maintenance/maintenanceHandlers';
import { waitingField } from './maintenance/waitingAction';
import { compareHandlers } from './compare/compareHandlers';
import { fixedLibraryHandlers } from './switching/fixedLibraryHandlers';

/** What differs between the desktop app and browser mode; everything else is the engine's. */
export interface Host {
  /** `cli`: the `crosscheck` command, which calls the handlers in its own process. */
  readonly mode: 'desktop' | 'browser' | 'cli';
  /** Shows a native picker; absent in browser mode. */
  readonly pickImportPaths?: (folders: boolean) => Promise<string[]>;
  /** Shows the native Save dialog for an export or a backup; absent in browser mode (exports are downloads there). */
  readonly pickSavePath?: PickSavePath;
  /** Sends a push event to the UI (desktop: IPC; browser mode: server-sent events). */
  readonly emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** The better-sqlite3 addon the import worker must load (desktop app from a clone). */
  readonly nativeBinding?: string;
  /** Prints a report's HTML to PDF (Electron's printToPDF); left out, a headless Chromium does (docs/export.md). */
  readonly printPdf?: PrintPdf;
  /** Watch the library's watched folders and import what changes in them (off in tests). */
  readonly watchFolders?: boolean;
  /** Sets the desktop window's own theme and remembers it; absent where there is no such window. */
  readonly setTheme?: SetWindowTheme;
}

/** The desktop host's theme switch: the window's frame, menus and background follow `theme` from now on. */
export type SetWindowTheme = (theme: WindowTheme) => Promise<void>;

/** Long-lived parts behind the handlers, closed with the engine. */
export interface EngineServices {
  /**
   * Where the read handlers read (issue 14): the engine's read-only connection beside the
   * library's writer, so they are typed to take a `ReadableDb` and cannot write; or the
   * library's own connection (the CLI, tests). WAL: it sees every committed write, so a read after
   * a write in the same flow sees it.
   */
  readonly reader: ReadableDb;
  readonly imports: ImportJobs;
  readonly watcher: FolderWatcher | undefined;
  /** Grouping at start and `stories:regroup`, in the stories worker; none on a read-only library. */
  readonly stories: StoryJobs | undefined;
}

/** Creates the import queue and, when the host wants it, the folder watcher; reads go to `reader`. */
export function createServices(library: Library, host: Host, reader: ReadableDb = library.db): EngineServices {
  const imports = createImportJobs(library, host);
  const watcher = host.watchFolders
    ? new FolderWatcher({
        importFiles: async (paths) => {
          const report = await imports.run(paths);
          host.emit?.('library:changed', { reason: 'watched-folder', report });
          announceReanchored(reader, host, report);
        },
        onError: (folder, error) => console.error(`[watch] ${folder}:`, error),
        isBusy: () => imports.busy
      })
    : undefined;
  watcher?.sync(listWatchedFolders(reader).map((f) => f.path));
  const stories =
    library.readOnly === undefined
      ? new StoryJobs(library.db, library.file, {
          ...(host.nativeBinding ? { nativeBinding: host.nativeBinding } : {}),
          onGrouped: () => host.emit?.('library:changed', { reason: 'stories' }),
          onProgress: (event) => host.emit?.('stories:progress', event)
        })
      : undefined;
  return { reader, imports, watcher, stories };
}

/**
 * The engine's implementation of every channel of the contract, over one open library.
 * Both hosts — the Electron main process and browser mode's HTTP server — serve these.
 */
export function createHandlers(library: Library, host: Host, services: EngineServices = createServices(library, host)): Handlers {
  const { db } = library;
  const { reader, imports, watcher, stories } = services;
  const writer = library.readOnly === undefined ? library.db : undefined;
  // After a committed write: the reader sees it.
  const syncWatcher = () => watcher?.sync(listWatchedFolders(reader).map((f) => f.path));
  return {
    'library:info': () => ({
      path: library.file,
      articleCount: countArticles(reader),
      schemaVersion: librarySchemaVersion(library),
      mode: host.mode,
      canPickFiles: host.pickImportPaths !== undefined,
      ...waitingField(library)
    }),
    ...fixedLibraryHandlers(host.mode),
    'articles:list': (input) => listArticles(reader, input),
    'articles:get': ({ id }) => {
      const article = getArticle(reader, id);
      if (!article) throw new AppFailure('not-found', `Article ${id} is not in the library (it may have been deleted).`);
      return article;
    },
    'articles:correct': ({ id, changes }) => {
      correctArticle(requireWritable(db), id, changes);
      // Committed: the read connection sees it.
      const article = getArticle(reader, id);
      if (!article) throw new AppFailure('not-found', `Article ${id} is not in the library.`);
      return article;
    },
    'articles:correctMany': ({ ids, changes }) => ({ updated: correctArticles(requireWritable(db), ids, changes) }),
    'articles:delete': ({ ids, dryRun }) => deleteArticles(requireWritable(db), ids, { dryRun }),
    // The command line runs one command and exits: no index loading in the background for it.
    ...searchHandlers(reader, writer, { warm: host.mode !== 'cli' }),
    ...importHandlers(library, host, imports, reader),
    'watch:list': () => ({ folders: listWatchedFolders(reader) }),
    'watch:add': async ({ path }) => {
      const folder = addWatchedFolder(requireWritable(db), path);
      syncWatcher();
      // Catch up at once: what is in the folder now is imported (files already in the library are skipped).
      // NB: not from the command line, which exits when the command is done: an app or `crosscheck
      // serve` that has the library open catches the folder up when it sees this write
      // (engine.ts, followWatchedFolders), and any of them when it next starts.
      if (!imports.busy && host.mode !== 'cli') void imports.run([folder.path]).then((report) => host.emit?.('library:changed', { reason: 'watched-folder', report }), () => {});
      return folder;
    },
    'watch:remove': ({ id }) => {
      removeWatchedFolder(requireWritable(db), id);
      syncWatcher();
      return { ok: true as const };
    },
    'stories:list': () => ({ stories: listStories(reader), standalone: countStandalone(reader) }),
    'stories:rename': ({ id, label }) => {
      renameStory(requireWritable(db), id, label);
      return { ok: true as const };
    },
    'stories:move': ({ articleIds, storyId }) => {
      moveToStory(requireWritable(db), articleIds, storyId);
      return { ok: true as const };
    },
    'stories:merge': ({ targetId, sourceIds }) => {
      mergeStories(requireWritable(db), targetId, sourceIds);
      return { ok: true as const };
    },
    'stories:split': ({ articleIds }) => ({ storyId: splitStory(requireWritable(db), articleIds) }),
    // In the stories worker: the engine's thread keeps answering searches meanwhile (issue 14).
    'stories:regroup': async () => {
      requireWritable(db);
      if (!stories) throw new AppFailure('unavailable', 'Stories cannot be regrouped in this library.');
      try {
        return { stories: await stories.regroup() };
      } catch (error) {
        if (isStopped(error)) throw new AppFailure('cancelled', 'Regrouping was stopped: the stories are as they were.');
        throw error;
      }
    },
    'stories:cancel': () => ({ cancelled: stories?.cancel() ?? false }),
    // Also in the stories worker; nothing to do (the usual case) is answered without starting it.
    'stories:place': async () => {
      if (!hasUnplacedArticles(reader)) return { grouped: false };
      requireWritable(db);
      if (!stories) throw new AppFailure('unavailable', 'Stories cannot be grouped in this library.');
      return { grouped: await stories.ensure() };
    },
    ...compareHandlers(reader),
    ...annotationHandlers(reader, db),
    ...exportHandlers(reader, db, { ...(host.emit ? { emit: host.emit } : {}), ...(host.printPdf ? { printPdf: host.printPdf } : {}) }),
    ...maintenanceHandlers(library, {
      reader,
      onRepaired: () => host.emit?.('library:changed', { reason: 'stories' }),
      ...(host.pickSavePath ? { pickSavePath: host.pickSavePath } : {}),
      namesPaths: host.mode === 'cli'
    }),
    'dialog:pickImportPaths': async ({ folders }) => {
      if (!host.pickImportPaths) throw new AppFailure('unavailable', 'File pickers exist only in the desktop app; enter a path instead.');
      return host.pickImportPaths(folders);
    },
    'dialog:saveExport': (input) => saveExport(host.pickSavePath, input, library.file),
    // Browser mode's page themes itself; the CLI has no window. Neither is a failure.
    'window:setTheme': async ({ theme }) => {
      if (!host.setTheme) return { applied: false };
      await host.setTheme(theme);
      return { applied: true };
    }
  };
}
