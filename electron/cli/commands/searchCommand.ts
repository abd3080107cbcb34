import { CliFailure, failureCode } from '../failure';
import fs from 'node:fs';
import type { NoteHit, SearchHit, SearchResponse, SearchSort } from '@shared/contract/schemas';
import { parseQuery } from '@shared/search/parseQuery';
import { getSearchIndex } from '../../library/search/searchIndex';
import { flushVocabulary } from '../../library/search/vocabulary';
import { describeFsError } from '../../library/import/walk';
import { UsageError, parseCommandArgs } from '../args';
import { type CliEngine, checkInput, openCliEngine } from '../cliEngine';
import { FILE_DATE_KEY, dateColumn } from '../format';
import { ExitCode, type CliCommand } from '../io';
import { formatAnnotation } from './annotateCommand';
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
    return runQueryFile(values.queries, values, { limit, sort, json: values.json === true }, io);
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
    if (parseQuery(query).inNotes) {
      await printNoteHits(engine, response.noteHits, '', io);
      io.stderr(
        response.noteHits.length === 0
          ? `No note matches “${terminalLine(query)}”.\n`
          : `${noteCountLine(response.noteHits, limit)}\n`
      );
      return ExitCode.ok;
    }
    const marked = printHits(response.hits, sort, '', io);
    io.stderr(response.total === 0 ? `No article matches “${terminalLine(query)}”.\n` : `${countLine(response)}\n`);
    if (marked) io.stderr(`${FILE_DATE_KEY}\n`);
    return ExitCode.ok;
  });
};

/**
 * Opens the library and waits for its prefix/fuzzy index, so the command line ranks exactly as
 * the app does (~1.5 s at 100k articles when the index is saved; building it the first time takes
 * longer, and is saved for next time). Saves what it brought up to date before closing.
 */
async function withSearchIndex(
  values: { db?: string | boolean | undefined },
  run: (engine: CliEngine) => Promise<number>
): Promise<number> {
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

/**
 * Two lines a hit, as `crosscheck search` prints them; `indent` sets a query file's hits under their
 * query. True when a date printed is only the day its file was saved (marked, for the key line).
 */
function printHits(hits: readonly SearchHit[], sort: SearchSort, indent: string, io: Parameters<CliCommand>[1]): boolean {
  let marked = false;
  for (const hit of hits) {
    const a = hit.article;
    const date = sort === 'date' ? `${dateColumn(a, 'undated')} ` : '';
    marked ||= sort === 'date' && a.publishedAt !== null && a.dateFromFile === true;
    io.stdout(
      `${indent}${String(a.id).padStart(6)}  ${date}${terminalLine(a.title)}${a.outlet ? ` — ${terminalLine(a.outlet)}` : ''}\n`
    );
    io.stdout(`${indent}        ${terminalLine(markSnippet(hit.snippet.text, hit.snippet.highlights))}\n`);
    if (hit.snippet.note) io.stdout(`${indent}        (${terminalLine(hit.snippet.note)})\n`);
  }
  return marked;
}

/**
 * `in:notes`: each note or highlight found, as `crosscheck annotate list` prints it (id, colour,
 * the article's title, the quote, the note), a blank line after each.
 */
async function printNoteHits(
  engine: CliEngine,
  hits: readonly NoteHit[],
  indent: string,
  io: Parameters<CliCommand>[1]
): Promise<void> {
  if (hits.length === 0) return;
  const { colours } = await engine.call('annotations:colours:get', {});
  for (const hit of hits) {
    const annotation = await engine.call('annotations:get', { id: hit.annotationId });
    const block = formatAnnotation(annotation, colours);
    io.stdout(
      `${block
        .split('\n')
        .map((line) => indent + line)
        .join('\n')}\n\n`
    );
  }
}

/** "1 matching note", or "20 matching notes (the first 20: --limit shows more)". */
function noteCountLine(hits: readonly NoteHit[], limit: number): string {
  const count = `${hits.length} matching ${hits.length === 1 ? 'note' : 'notes'}`;
  return hits.length >= limit ? `${count} (the first ${limit}: --limit shows more)` : count;
}

/** "20 of 173 matching articles": how many are shown (--limit) of how many match. */
function countLine(response: Pick<SearchResponse, 'hits' | 'total'>): string {
  return `${response.hits.length} of ${response.total} matching ${response.total === 1 ? 'article' : 'articles'}`;
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
 * Batch mode: one query per non-empty line of `file`, in order. With `--json` one JSON line per
 * query on stdout (the search response with facets, plus `line`), for evaluations and scripted
 * work; without it, each query's line number, count and hits as `crosscheck search` prints them.
 */
async function runQueryFile(
  file: string,
  values: { db?: string | boolean | undefined },
  options: { limit: number; sort: SearchSort; json: boolean },
  io: Parameters<CliCommand>[1]
): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliFailure(failureCode(error), describeFsError(error, `Cannot read the queries file ${file}`));
  }
  return withSearchIndex(values, async (engine) => {
    const lines = text.split(/\r?\n/);
    const { json, ...search } = options;
    let first = true;
    let marked = false;
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const response = await engine.call('search:query', { query: line, ...search, facets: json });
      if (json) {
        io.stdout(JSON.stringify({ line: i + 1, ...response }) + '\n');
        continue;
      }
      if (!first) io.stdout('\n');
      first = false;
      const inNotes = parseQuery(line).inNotes === true;
      const count = inNotes
        ? response.noteHits.length === 0
          ? 'no note matches'
          : noteCountLine(response.noteHits, search.limit)
        : response.total === 0
          ? 'no article matches'
          : countLine(response);
      io.stdout(`line ${i + 1}: ${terminalLine(line)} — ${count}\n`);
      for (const note of response.notes) io.stdout(`  note: ${terminalLine(note)}\n`);
      if (inNotes) await printNoteHits(engine, response.noteHits, '  ', io);
      else marked = printHits(response.hits, search.sort, '  ', io) || marked;
    }
    if (marked) io.stderr(`${FILE_DATE_KEY}\n`);
    return ExitCode.ok;
  });
}
