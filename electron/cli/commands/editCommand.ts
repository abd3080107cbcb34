import { BulkCorrection } from '../../../shared/contract/schemas';
import { AppFailure } from '../../../shared/contract/result';
import { correctArticles } from '../../library/bulkEdit';
import { openLibrary } from '../../library/library';
import { UsageError, libraryFileFrom, parseCommandArgs } from '../args';
import { ExitCode, type CliCommand } from '../io';
import { positiveInt } from './listCommand';

/**
 * `crosscheck edit <id...>`: sets the outlet, date, collection or language of articles, the way
 * "Edit details…" does on picked articles (one transaction; kept across re-imports). An option
 * left out keeps each article's own value; an empty one (`--outlet ""`) clears it.
 */
export const runEdit: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    outlet: { type: 'string' },
    date: { type: 'string' },
    collection: { type: 'string' },
    language: { type: 'string' }
  });
  if (positionals.length === 0) throw new UsageError('give the id of at least one article');
  const ids = positionals.map((p) => positiveInt(p, 'id'));
  const given = {
    ...(values.outlet !== undefined ? { outlet: values.outlet } : {}),
    ...(values.date !== undefined ? { publishedAt: values.date.trim() } : {}),
    ...(values.collection !== undefined ? { collection: values.collection } : {}),
    ...(values.language !== undefined ? { language: values.language.trim() } : {})
  };
  if (Object.keys(given).length === 0) throw new UsageError('say what to set: --outlet, --date, --collection or --language');
  const parsed = BulkCorrection.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = issue?.path[0] === 'publishedAt' ? 'date' : String(issue?.path[0] ?? '');
    throw new UsageError(`--${option}: expected ${issue?.message ?? 'another value'}`);
  }
  const library = openLibrary(libraryFileFrom(values), { write: true });
  try {
    const updated = correctArticles(library.db, ids, parsed.data);
    io.stdout(
      values.json ? JSON.stringify({ updated }) + '\n' : `Updated ${updated} ${updated === 1 ? 'article' : 'articles'}.\n`
    );
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    io.stderr(`crosscheck: ${error.message}\n`);
    return ExitCode.fatal;
  } finally {
    library.close();
  }
};
