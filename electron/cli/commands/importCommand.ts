import fs from 'node:fs';
import { CliFailure } from '../failure';
import { importExitCode, namedStillUnreadable } from './importExitCode';
import type { CliCommand } from '../io';
import { terminalLine } from '../terminalText';
import { UsageError, parseCommandArgs } from '../args';
import { type ColumnMapping, parseMappingSpec } from '../../library/import/formats/columns';
import { prestartImportWorker } from '../../library/import/prestartImportWorker';
import { resolveImportPath } from '../../library/import/importPath';

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
    language: { type: 'string' },
    verbose: { type: 'boolean' }
  });
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to import');
  // NB: before the library is opened (which makes a missing --db): a mistyped path alone must not
  // leave a new, empty library behind. When some path exists the import runs and its report lists
  // the missing ones with the rest.
  if (!positionals.some((p) => fs.existsSync(resolveImportPath(p)))) {
    const names = positionals.map((p) => terminalLine(resolveImportPath(p)));
    throw new CliFailure(
      'not-found',
      `${names.length === 1 ? `${names[0]} does not exist` : `none of ${names.join(', ')} exists`}; check the path. Nothing was imported.`
    );
  }
  let tableMapping: ColumnMapping | undefined;
  if (values.map !== undefined) {
    const parsed = parseMappingSpec(values.map);
    if (!parsed.ok) throw new UsageError(`--map: ${parsed.message}`);
    tableMapping = parsed.mapping;
  }
  // NB: before this command loads the contract, zod and SQLite (importCall.ts): the worker's
  // thread and modules load on the other core meanwhile, a fifth of a one-file import's time.
  const worker = prestartImportWorker();
  try {
    const { importThroughEngine } = await import('./importCall');
    const report = await importThroughEngine(
      values,
      {
        paths: positionals,
        defaults: {
          ...(values.outlet !== undefined ? { outlet: values.outlet } : {}),
          ...(values.collection !== undefined ? { collection: values.collection } : {}),
          ...(values.language !== undefined ? { language: values.language } : {})
        },
        ...(tableMapping ? { tableMapping } : {}),
        group: values['no-group'] !== true
      },
      io,
      worker
    );
    const still = namedStillUnreadable(report, positionals);
    if (still.length > 0)
      io.stderr(
        `crosscheck import: ${still.length === 1 ? `${terminalLine(still[0]!)} is` : `${still.length} files named are`} still unreadable, unchanged since the last import could not read ${still.length === 1 ? 'it' : 'them'}.\n`
      );
    return importExitCode(report, positionals);
  } finally {
    // Ends the worker when the import never started (a usage mistake, a library refused).
    worker.discard();
  }
};
