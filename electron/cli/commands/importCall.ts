import type { ChannelInput } from '@shared/contract/channels';
import type { ImportProgressEvent, ImportReport } from '@shared/contract/schemas';
import { formatImportReport } from '../format';
import type { CliIo } from '../io';
import { checkInput } from '../callChannel';
import { openLibraryEngine } from '../libraryEngine';
import { createImportJobs, importHandlers } from '../../library/import/importHandlers';
import type { PrestartedWorker } from '../../library/workers/startWorker';

/**
 * The part of `crosscheck import` that needs the contract and the library (importCommand.ts loads
 * it once the import worker is starting): checks the input, opens the library, runs `import:paths`
 * on `worker` and prints the report.
 */
export async function importThroughEngine(
  values: { db?: string | boolean | undefined; json?: boolean | undefined; verbose?: boolean | undefined },
  input: ChannelInput<'import:paths'>,
  io: CliIo,
  worker: PrestartedWorker
): Promise<ImportReport> {
  checkInput('import:paths', input, {
    'defaults.language': (v) => `--language: "${String(v)}" is not a language code; use one like en, ar or pt-BR`
  });
  // Only the import channels: loading the whole engine (search, comparison, export) cost a third of
  // a one-file import's time.
  const engine = openLibraryEngine(
    values,
    (library, host) => importHandlers(library, host, createImportJobs(library, host, worker), library.db),
    {
      write: true,
      create: true,
      emit: (event, payload) => {
        if (event === 'import:progress') drawProgress(io, payload as ImportProgressEvent);
      }
    }
  );
  try {
    const report = await engine.call('import:paths', input);
    if (io.stderrIsTTY) io.stderr('\r\x1b[2K');
    io.stdout(values.json ? JSON.stringify(report) + '\n' : formatImportReport(report, values.verbose === true) + '\n');
    return report;
  } finally {
    engine.close();
  }
}

/** One line of progress on a terminal, redrawn in place (nothing when stderr is a file or pipe). */
function drawProgress(io: CliIo, p: ImportProgressEvent): void {
  if (!io.stderrIsTTY) return;
  io.stderr(
    p.phase === 'grouping'
      ? '\r\x1b[2KGrouping stories…'
      : `\r\x1b[2KImporting ${p.done}/${p.total}  (${p.new} new${p.unchanged > 0 ? `, ${p.unchanged} unchanged` : ''}, ${p.duplicates} duplicates, ${p.failed} failed)`
  );
}
