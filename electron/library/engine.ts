import type { Handlers } from '../../shared/contract/dispatch';
import { type Host, createHandlers, createServices } from './handlers';
import { listWatchedFolders } from './watch/watchedFolders';
import { type Library, type OpenLibraryOptions, openLibrary } from './library';
import { ensureSeeds } from './seeds';
import { ensureStories } from './stories/ensureStories';

/** Everything a host needs: the open library and the handlers serving it. */
export interface Engine {
  readonly library: Library;
  readonly handlers: Handlers;
  close(): void;
}

export interface StartEngineOptions extends OpenLibraryOptions {
  readonly file: string;
  readonly host: Host;
  /** Import the sample articles from this folder into an empty library on first start. */
  readonly seedsDir?: string;
}

/**
 * Opens a library for a UI host (desktop window or browser mode): migrates it, imports the
 * sample articles on first start, and builds the handlers of every channel.
 */
export async function startEngine(options: StartEngineOptions): Promise<Engine> {
  const library = openLibrary(options.file, options);
  try {
    if (options.seedsDir) await ensureSeeds(library.db, options.seedsDir);
    ensureStories(library.db);
  } catch (error) {
    library.close();
    throw error;
  }
  const services = createServices(library, options.host);
  // Changes made while the app was closed: import what the watched folders hold now.
  const watched = listWatchedFolders(library.db).filter((f) => f.exists).map((f) => f.path);
  if (watched.length > 0 && options.host.watchFolders) {
    void services.imports.run(watched).then((report) => options.host.emit?.('library:changed', { reason: 'watched-folder', report }), () => {});
  }
  return {
    library,
    handlers: createHandlers(library, options.host, services),
    close: () => {
      services.watcher?.close();
      library.close();
    }
  };
}
