import { FILE_SAVED } from '@shared/export/sourceText';
import { UsageError, articleIdFrom, parseCommandArgs } from '../args';
import { openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand } from '../io';
import { terminalLine, terminalText } from '../terminalText';

/** `crosscheck show`: one article's metadata and clean text (or the original with --original), from `articles:get`. */
export const runShow: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { original: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('give one article id');
  const id = articleIdFrom(positionals[0]!);
  const engine = openCliEngine(values);
  try {
    const article = await engine.call('articles:get', { id });
    if (values.json) {
      io.stdout(JSON.stringify(article) + '\n');
      return ExitCode.ok;
    }
    const meta = [
      ['Outlet', article.outlet],
      ['Date', article.publishedAt && article.dateFromFile === true ? `${article.publishedAt} (${FILE_SAVED}, not published)` : article.publishedAt],
      ['Byline', article.byline],
      ['URL', article.url],
      ['Source', article.sourcePath],
      ['Words', String(article.wordCount)]
    ].filter(([, v]) => v);
    const title = terminalLine(article.title);
    io.stdout(`${title}\n${'='.repeat(Math.min(title.length, 80))}\n`);
    for (const [k, v] of meta) io.stdout(`${k}: ${terminalLine(v ?? '')}\n`);
    io.stdout(`\n${terminalText(values.original ? (article.original ?? article.body) : article.body)}\n`);
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};
