import { LANGUAGE_CODE } from '../../../shared/import/languageCode';
import { formatImportReport } from '../format';
import { ExitCode, type CliCommand } from '../io';
import { UsageError, libraryFileFrom, parseCommandArgs } from '../args';
import { openLibrary } from '../../library/library';
import { countArticles } from '../../library/articles';
import { DiskFullError, diskFullReason, isDiskFull } from '../../library/db/readOnly';
import { importPaths } from '../../library/import/importPaths';
import { ensureStories, hasUnplacedArticles } from '../../library/stories/ensureStories';
import { articlesWritten } from '../../../shared/import/counts';
import { type ColumnMapping, parseMappingSpec } from '../../library/import/formats';

/**
 * `crosscheck import`: imports files and folders (read in worker threads when there are many or
 * any needs a parser), then groups the new articles into stories unless `--no-group` (the next
 * `crosscheck stories` or app start does it then); exit 2 when some files failed. `--outlet` and
 * `--language` fill those fields where a file gives none; `--collection` names every article's.
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
  const outlet = values.outlet?.trim();
  const language = values.language?.trim();
  const collection = values.collection?.trim();
  if (language && !LANGUAGE_CODE.test(language))
    throw new UsageError(`--language: "${language}" is not a language code; use one like en, ar or pt-BR`);
  let mapping: ColumnMapping | undefined;
  if (values.map !== undefined) {
    const parsed = parseMappingSpec(values.map);
    if (!parsed.ok) throw new UsageError(`--map: ${parsed.message}`);
    mapping = parsed.mapping;
  }
  const library = openLibrary(libraryFileFrom(values), { write: true });
  const before = countArticles(library.db);
  try {
    let lastDraw = 0;
    const report = await importPaths(library.db, positionals, {
      parallel: true,
      ...(mapping ? { tableMapping: mapping } : {}),
      collection: collection || null,
      defaults: { ...(outlet ? { outlet } : {}), ...(language ? { language } : {}) },
      onProgress: (p) => {
        if (!io.stderrIsTTY) return;
        const now = Date.now();
        if (now - lastDraw < 100 && p.done !== p.total) return;
        lastDraw = now;
        io.stderr(
          `\r\x1b[2KImporting ${p.done}/${p.total}  (${p.counts.new} new, ${p.counts.duplicates} duplicates, ${p.counts.failed} failed)`
        );
        if (p.done === p.total) io.stderr('\n');
      }
    });
    // NB: also when this import wrote nothing: articles a killed import or grouping left in no
    // story are placed by the next import, whatever it imports.
    if ((articlesWritten(report) > 0 || hasUnplacedArticles(library.db)) && values['no-group'] !== true) {
      if (io.stderrIsTTY) io.stderr('Grouping stories…');
      ensureStories(library.db);
      if (io.stderrIsTTY) io.stderr('\r\x1b[2K');
    }
    io.stdout(values.json ? JSON.stringify(report) + '\n' : formatImportReport(report) + '\n');
    return report.failed > 0 ? ExitCode.partial : ExitCode.ok;
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    // NB: each batch is one transaction: the one that ran out of space was rolled back whole.
    const saved = countArticles(library.db) - before;
    throw new DiskFullError(
      `${diskFullReason(library.file)}: the import stopped after saving ${saved} new ${saved === 1 ? 'article' : 'articles'}, each whole; ` +
        'nothing of the rest was kept. Free some space on it and import the same files again: what is in already is recognised as a duplicate.'
    );
  } finally {
    library.close();
  }
};
