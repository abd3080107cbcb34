import fs from 'node:fs';
import type { SearchSort } from '@shared/contract/schemas';
import { getSearchIndex } from '../../library/search/searchIndex';
import { flushVocabulary } from '../../library/search/vocabulary';
import { describeFsError } from '../../library/import/walk';
import { UsageError, parseCommandArgs } from '../args';
import { type CliEngine, checkInput, openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand } from '../io';
import { positiveInt } from './listCommand';
import { terminalLine } from '../terminalText';

/** `crosscheck search`: ranked hits with snippets from `search:query`; matched words shown in [brackets]. */
export const runSearch: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    limit: { type: 'string', default: '20' },
    sort: { type: 'string', default: 'relevance' },
    queries: { type: 'string' }
  });
  const limit = positiveInt(values.limit, 'limit');
  const sort = values.sort as SearchSort;
  checkInput('search:query', { query: '', limit, sort }, { sort: (v) => `--sort must be relevance or date, not ${String(v)}` });
  if (values.queries !== undefined) {
    if (positionals.length > 0) throw new UsageError('give either a query or --queries FILE, not both');
    return runQueryFile(values.queries, values, { limit, sort }, io);
  }
  if (positionals.length === 0) throw new UsageError('give a query');
  const query = positionals.join(' ');
  return withSearchIndex(values, async (engine) => {
    // The JSON carries facets, as the app's answer does; the text output has no use for them.
    const response = await engine.call('search:query', { query, limit, sort, facets: values.json === true });
    if (values.json) {
      io.stdout(JSON.stringify(response) + '\n');
      return ExitCode.ok;
    }
    for (const note of response.notes) io.stderr(`note: ${terminalLine(note)}\n`);
    for (const hit of response.hits) {
      const a = hit.article;
      const date = sort === 'date' ? `${a.publishedAt?.slice(0, 10) ?? 'undated'}  ` : '';
      io.stdout(`${String(a.id).padStart(6)}  ${date}${terminalLine(a.title)}${a.outlet ? ` — ${terminalLine(a.outlet)}` : ''}\n`);
      io.stdout(`        ${terminalLine(markSnippet(hit.snippet.text, hit.snippet.highlights))}\n`);
      if (hit.snippet.note) io.stdout(`        (${terminalLine(hit.snippet.note)})\n`);
    }
    io.stderr(`${response.hits.length} of ${response.total} matching articles\n`);
    return ExitCode.ok;
  });
};

/**
 * Opens the library and waits for its prefix/fuzzy index, so the command line ranks exactly as
 * the app does (~1.5 s at 100k articles when the index is saved; building it the first time takes
 * longer, and is saved for next time). Saves what it brought up to date before closing.
 */
async function withSearchIndex(values: { db?: string | boolean | undefined }, run: (engine: CliEngine) => Promise<number>): Promise<number> {
  const engine = openCliEngine(values);
  const { db } = engine.library;
  try {
    const index = getSearchIndex(db);
    await index.ready();
    const code = await run(engine);
    await index.flush();
    flushVocabulary(db);
    return code;
  } finally {
    getSearchIndex(db).dispose();
    engine.close();
  }
}

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
 * search response with facets, plus `line`), in order. For evaluations and scripted work.
 */
async function runQueryFile(
  file: string,
  values: { db?: string | boolean | undefined },
  options: { limit: number; sort: SearchSort },
  io: Parameters<CliCommand>[1]
): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(`crosscheck search: ${describeFsError(error, `Cannot read the queries file ${file}`)}\n`);
    return ExitCode.fatal;
  }
  return withSearchIndex(values, async (engine) => {
    const lines = text.split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      io.stdout(JSON.stringify({ line: i + 1, ...(await engine.call('search:query', { query: line, ...options, facets: true })) }) + '\n');
    }
    return ExitCode.ok;
  });
}
