import { parentPort } from 'node:worker_threads';
import { articlesWritten } from '@shared/import/counts';
import { countArticles } from '../articles';
import { diskFullReason, isDiskFull } from '../db/readOnly';
import { openLibrary } from '../library';
import { refuseIfGone } from '../libraryIdentity';
import { signalOfAbortFlag } from '../workers/abortFlag';
import { jobOf } from '../workers/workerJob';
import { ensureStories, needsGrouping } from '../stories/ensureStories';
import { type ImportProgress, importPaths } from './importPaths';
import { loadLanguageDetector } from './language';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';
import type { ImportReport } from '@shared/contract/schemas';

/**
 * The import worker: runs one import on its own connection to the library, off the host's event
 * loop, so the window (or browser mode's server) stays responsive while files are parsed.
 * Progress is posted at most every 100 ms; the host's cancel (an AbortSignal there and here, a
 * shared word between: workers/abortFlag.ts) stops it between files.
 */
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
/** A testing aid, off unless set: see `ImportOptions.fileDelayMs` and docs/import.md. */
const fileDelayMs = Number(process.env['CROSSCHECK_IMPORT_FILE_DELAY_MS'] ?? 0) || 0;

async function main(): Promise<void> {
  // Started ahead of its job (`crosscheck import`), it loads the language detector while it waits:
  // most files name no language, and the host is meanwhile loading its own modules.
  const request = await jobOf<WorkerRequest>(() => void loadLanguageDetector().catch(() => undefined));
  const signal = signalOfAbortFlag(request.cancelFlag);
  // NB: by its path, which may name nothing now (the file was moved since the host opened it).
  refuseIfGone(request.file, request.libraryIdentity);
  // NB: the host starts an import only on a writable library; a read-only one is refused here too.
  const library = openLibrary(request.file, {
    write: true,
    ...(request.nativeBinding ? { nativeBinding: request.nativeBinding } : {})
  });
  const before = countArticles(library.db);
  let done: ImportReport | undefined;
  try {
    let last = 0;
    let final: ImportProgress | undefined;
    let posted: ImportProgress | undefined;
    const report = await importPaths(library.db, request.paths, {
      signal,
      parallel: true,
      fileDelayMs,
      collection: request.collection ?? null,
      ...(request.defaults ? { defaults: request.defaults } : {}),
      ...(request.mappings ? { mappings: request.mappings } : {}),
      ...(request.tableMapping ? { tableMapping: request.tableMapping } : {}),
      onProgress: (progress: ImportProgress) => {
        final = progress;
        const now = Date.now();
        if (now - last < 100 && progress.done !== progress.total) return;
        last = now;
        posted = progress;
        post({ type: 'progress', progress });
      }
    });
    // The last report (the final batch's counts, equal to the report's) always reaches the host.
    if (final && final !== posted) post({ type: 'progress', progress: final });
    // New articles join stories before the UI hears the import is done (user edits are kept);
    // on a large library that takes seconds, so the UI is told what is happening.
    // Also when it wrote nothing: articles a killed import left in no story are placed now, and a
    // library whose story terms were keyed the old way is regrouped (stories/termScheme.ts).
    if (request.group !== false && (articlesWritten(report) > 0 || needsGrouping(library.db))) {
      if (final) post({ type: 'grouping', progress: final });
      ensureStories(library.db, { onProgress: (progress) => post({ type: 'stories', progress }) });
    }
    done = report;
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    // NB: each batch is one transaction: the one that ran out of space was rolled back whole.
    const saved = countArticles(library.db) - before;
    post({
      type: 'error',
      code: 'disk-full',
      message:
        `${diskFullReason(library.file)}: the import stopped after saving ${saved} new ${saved === 1 ? 'article' : 'articles'}, each whole; ` +
        'nothing of the rest was kept. Free some space on it and import the same files again: what is in already is recognised as a duplicate.'
    });
  } finally {
    library.close();
  }
  // NB: after closing: the host ends the worker when it hears `done`, and a connection left open
  // then kept the import's writes in the WAL after the command line's own close (the last one).
  if (done) post({ type: 'done', report: done });
}

main().catch((error: unknown) => {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
});
