import type { Handlers } from '../../shared/contract/dispatch';
import { AppFailure } from '../../shared/contract/result';
import { countArticles, getArticle, listArticles } from './articles';
import { getLatestImportReport } from './import/importRuns';
import { type ImportOptions, importPaths } from './import/importPaths';
import { type Library, librarySchemaVersion } from './library';
import { searchArticles } from './search/searchArticles';

/** What differs between the desktop app and browser mode; everything else is the engine's. */
export interface Host {
  readonly mode: 'desktop' | 'browser';
  /** Shows a native picker; absent in browser mode. */
  readonly pickImportPaths?: (folders: boolean) => Promise<string[]>;
  /** Options every import gets (progress reporting, extractors). */
  readonly importOptions?: ImportOptions;
}

/**
 * The engine's implementation of every channel of the contract, over one open library.
 * Both hosts — the Electron main process and browser mode's HTTP server — serve these.
 */
export function createHandlers(library: Library, host: Host): Handlers {
  const { db } = library;
  return {
    'library:info': () => ({
      path: library.file,
      articleCount: countArticles(db),
      schemaVersion: librarySchemaVersion(library),
      mode: host.mode,
      canPickFiles: host.pickImportPaths !== undefined
    }),
    'articles:list': (input) => listArticles(db, input),
    'articles:get': ({ id }) => {
      const article = getArticle(db, id);
      if (!article) throw new AppFailure('not-found', `Article ${id} is not in the library (it may have been deleted).`);
      return article;
    },
    'search:query': ({ query, limit }) => searchArticles(db, query, limit),
    'import:paths': ({ paths }) => importPaths(db, paths, host.importOptions),
    'import:latestReport': () => getLatestImportReport(db),
    'dialog:pickImportPaths': async ({ folders }) => {
      if (!host.pickImportPaths) throw new AppFailure('unavailable', 'File pickers exist only in the desktop app; enter a path instead.');
      return host.pickImportPaths(folders);
    }
  };
}
