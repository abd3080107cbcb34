import { UsageError, parseCommandArgs } from '../args';
import { checkInput, openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand } from '../io';
import { positiveInt } from './listCommand';

/**
 * `crosscheck edit <id...>`: sets the outlet, date, collection or language of articles, the way
 * "Edit details…" does on picked articles (one transaction; kept across re-imports). An option
 * left out keeps each article's own value; an empty one (`--outlet ""`) clears it. Through
 * `articles:correctMany`, whose schema checks the values.
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
  const input = { ids, changes: given };
  checkInput('articles:correctMany', input, {
    'changes.publishedAt': (_, message) => `--date: expected ${message}`,
    'changes.outlet': (_, message) => `--outlet: expected ${message}`,
    'changes.collection': (_, message) => `--collection: expected ${message}`,
    'changes.language': (_, message) => `--language: expected ${message}`
  });
  const engine = openCliEngine(values, { write: true });
  try {
    const { updated } = await engine.call('articles:correctMany', input);
    io.stdout(
      values.json ? JSON.stringify({ updated }) + '\n' : `Updated ${updated} ${updated === 1 ? 'article' : 'articles'}.\n`
    );
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};
