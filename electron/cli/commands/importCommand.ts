import type { ImportProgressEvent } from '@shared/contract/schemas';
import { formatImportReport } from '../format';
import { ExitCode, type CliCommand, type CliIo } from '../io';
import { UsageError, parseCommandArgs } from '../args';
import { checkInput } from '../callChannel';
import { openLibraryEngine } from '../libraryEngine';
import { type ColumnMapping, parseMappingSpec } from '../../library/import/formats/columns';
import { createImportJobs, importHandlers } from '../../library/import/importHandlers';

/**
 * `crosscheck import`: imports files and folders through `import:paths`, the app's own import (a
 * worker thread, with a pool reading files when there are many or any needs a parser), which then
 * groups the new articles into stories unless `--no-group` (the next `crosscheck stories`, import or
 * app start does it then); exit 2 when some files failed. `--outlet` and `--language` fill those
 * fields where a file gives none; `--collection` names every article's.
 */
export const runImport: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    map: { type: 'string' },
    'no-group': { type: 'boolean' },
    outlet: { type: 'string' },
    collection: { type: 'string' },
    language: { type: 'string' }
  });
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to import');
  let tableMapping: ColumnMapping | undefined;
  if (values.map !== undefined) {
    const parsed = parseMappingSpec(values.map);
    if (!parsed.ok) throw new UsageError(`--map: ${parsed.message}`);
    tableMapping = parsed.mapping;
  }
  const input = {
    paths: positionals,
    defaults: {
      ...(values.outlet !== undefined ? { outlet: values.outlet } : {}),
      ...(values.collection !== undefined ? { collection: values.collection } : {}),
      ...(values.language !== undefined ? { language: values.language } : {})
    },
    ...(tableMapping ? { tableMapping } : {}),
    group: values['no-group'] !== true
  };
  checkInput('import:paths', input, {
    'defaults.language': (v) => `--language: "${String(v)}" is not a language code; use one like en, ar or pt-BR`
  });
  // Only the import channels: loading the whole engine (search, comparison, export) cost a third of
  // a one-file import's time.
  const engine = openLibraryEngine(
    values,
    (library, host) => importHandlers(library, host, createImportJobs(library, host), library.db),
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
    io.stdout(values.json ? JSON.stringify(report) + '\n' : formatImportReport(report) + '\n');
    return report.failed > 0 ? ExitCode.partial : ExitCode.ok;
  } finally {
    engine.close();
  }
};

/** One line of progress on a terminal, redrawn in place (nothing when stderr is a file or pipe). */
function drawProgress(io: CliIo, p: ImportProgressEvent): void {
  if (!io.stderrIsTTY) return;
  io.stderr(
    p.phase === 'grouping'
      ? '\r\x1b[2KGrouping stories…'
      : `\r\x1b[2KImporting ${p.done}/${p.total}  (${p.new} new, ${p.duplicates} duplicates, ${p.failed} failed)`
  );
}
