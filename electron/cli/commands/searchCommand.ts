import fs from 'node:fs';
import { openLibrary } from '../../library/library';
import { searchArticles } from '../../library/search/searchArticles';
import { UsageError, libraryFileFrom, parseCommandArgs } from '../args';
import { ExitCode, type CliCommand } from '../io';
import { positiveInt } from './listCommand';

export const SEARCH_USAGE = 'crosscheck search "<query>" [--limit N] [--db FILE] [--json]  |  crosscheck search --queries FILE --json';

/** `crosscheck search`: ranked hits with snippets; matched words shown in [brackets]. */
export const runSearch: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { limit: { type: 'string', default: '20' }, queries: { type: 'string' } });
  const limit = positiveInt(values.limit, 'limit');
  if (values.queries !== undefined) {
    if (positionals.length > 0) throw new UsageError('give either a query or --queries FILE, not both');
    return runQueryFile(values.queries, libraryFileFrom(values), limit, io);
  }
  if (positionals.length === 0) throw new UsageError('give a query');
  const query = positionals.join(' ');
  const library = openLibrary(libraryFileFrom(values));
  try {
    const response = searchArticles(library.db, query, limit);
    if (values.json) {
      io.stdout(JSON.stringify(response) + '\n');
      return ExitCode.ok;
    }
    for (const note of response.notes) io.stderr(`note: ${note}\n`);
    for (const hit of response.hits) {
      const a = hit.article;
      io.stdout(`${String(a.id).padStart(6)}  ${a.title}${a.outlet ? ` — ${a.outlet}` : ''}\n`);
      io.stdout(`        ${markSnippet(hit.snippet.text, hit.snippet.highlights)}\n`);
    }
    io.stderr(`${response.hits.length} of ${response.total} matching articles\n`);
    return ExitCode.ok;
  } finally {
    library.close();
  }
};

function markSnippet(text: string, highlights: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const h of highlights) {
    out += text.slice(at, h.start) + '[' + text.slice(h.start, h.end) + ']';
    at = h.end;
  }
  return out + text.slice(at);
}

/**
 * Batch mode: one query per non-empty line of `file`, one JSON line per query on stdout (the
 * search response, plus `line`), in order. For evaluations and scripted work.
 */
async function runQueryFile(file: string, dbFile: string, limit: number, io: Parameters<CliCommand>[1]): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(`crosscheck search: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.fatal;
  }
  const library = openLibrary(dbFile);
  try {
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      io.stdout(JSON.stringify({ line: i + 1, ...searchArticles(library.db, line, limit) }) + '\n');
    });
    return ExitCode.ok;
  } finally {
    library.close();
  }
}
