import type { EventName, EventPayload } from '@shared/contract/channels';
import type { Handlers } from '@shared/contract/dispatch';
import type { ReadableDb } from '../db/connection';
import { requireWritable } from '../db/readOnly';
import { ExportJobs } from './exportJobs';
import { renderExport } from './exportReport';
import { getExportSettings, setExportSettings } from './exportSettings';
import { importAnnotations } from './importAnnotations';
import type { PrintPdf } from './printPdf';

type ExportChannel = Extract<keyof Handlers, `export:${string}`> | 'annotations:import';

/** What the export handlers take from their host. */
export interface ExportHost {
  /** The report's date (tests fix it). */
  readonly now?: () => Date;
  /** Sends `export:progress` to the UI. */
  readonly emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** How PDFs are printed (the desktop app's printToPDF); a headless Chromium when left out. */
  readonly printPdf?: PrintPdf;
}

/**
 * The handlers of the `export:*` channels and `annotations:import`. The desktop app, browser mode
 * and the CLI call these through `dispatch`, so a scope or format is checked the same way everywhere.
 *
 * @param reader where a report's articles, annotations, stories and search results, and the export
 *   settings, are read: the engine's read-only connection (issue 14), so a search scope shares the
 *   search handlers' index of it rather than building a second one.
 * @param db the library's connection, where the settings and imported annotations are written,
 *   narrowed by `requireWritable` (a library open read-only refuses them); left out, `reader` (one
 *   connection: the CLI, tests).
 */
export function exportHandlers(
  reader: ReadableDb,
  db: ReadableDb = reader,
  host: ExportHost = {}
): Pick<Handlers, ExportChannel> {
  const jobs = new ExportJobs();
  return {
    'export:render': (input) =>
      jobs.run(input.jobId, (signal) =>
        renderExport(reader, input, {
          now: (host.now ?? (() => new Date()))(),
          signal,
          ...(host.printPdf ? { printPdf: host.printPdf } : {}),
          ...(input.jobId !== undefined && host.emit
            ? { onProgress: (p) => host.emit?.('export:progress', { jobId: input.jobId ?? '', ...p }) }
            : {})
        })
      ),
    'export:cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'export:settings:get': () => getExportSettings(reader),
    'export:settings:set': (settings) => setExportSettings(requireWritable(db), settings),
    'annotations:import': (input) => importAnnotations(requireWritable(db), input, (host.now ?? (() => new Date()))())
  };
}
