import type { Handlers } from '@shared/contract/dispatch';
import type { ImportReport } from '@shared/contract/schemas';
import { reanchoredArticles } from '../annotations/rows';
import type { ReadableDb } from '../db/connection';
import type { Host } from '../handlers';
import type { Library } from '../library';
import type { PrestartedWorker } from '../workers/startWorker';
import { ImportJobs } from './importJob';
import { getLatestImportReport } from './importRuns';

/** The import channels, served by every host: the desktop app, browser mode and `crosscheck import`. */
export type ImportHandlers = Pick<Handlers, 'import:tables' | 'import:paths' | 'import:cancel' | 'import:latestReport'>;

/**
 * The library's import queue: one import at a time in the import worker, its progress sent to the
 * host as `import:progress` (and the grouping of its new articles as `stories:progress`); the
 * first import runs on `prestarted` when given (`crosscheck import` starts it ahead).
 */
export function createImportJobs(library: Library, host: Host, prestarted?: PrestartedWorker): ImportJobs {
  return new ImportJobs(library.file, {
    ...(host.nativeBinding ? { nativeBinding: host.nativeBinding } : {}),
    ...(prestarted ? { prestarted } : {}),
    onProgress: (event) => host.emit?.('import:progress', event),
    onStoriesProgress: (event) => host.emit?.('stories:progress', event)
  });
}

/**
 * The import channels over one library. NB: a module of its own, importing only what an import
 * needs, so `crosscheck import` serves these alone without loading the rest of the engine
 * (search, comparison, export, and their libraries: a third of a one-file import's time).
 */
export function importHandlers(library: Library, host: Host, imports: ImportJobs, reader: ReadableDb): ImportHandlers {
  return {
    // NB: loaded on demand: the format extractors it needs are not what starting an import needs.
    'import:tables': async ({ paths }) => (await import('./scanTables')).scanTables(paths),
    'import:paths': async ({ paths, mappings, defaults, tableMapping, group }) => {
      const report = await imports.run(paths, {
        ...(mappings ? { mappings } : {}),
        ...(defaults ? { defaults } : {}),
        ...(tableMapping ? { tableMapping } : {}),
        group
      });
      announceReanchored(reader, host, report);
      return report;
    },
    'import:cancel': () => ({ cancelled: imports.cancel() }),
    'import:latestReport': () => getLatestImportReport(reader)
  };
}

/** Tells the UI which articles' highlights an import re-anchored (their text changed), so it reloads them. */
export function announceReanchored(reader: ReadableDb, host: Host, report: Pick<ImportReport, 'problems'>): void {
  // On the reader: the import has committed, and WAL shows it every committed write.
  const articleIds = reanchoredArticles(reader, report);
  if (articleIds.length > 0) host.emit?.('library:changed', { reason: 'annotations', articleIds });
}
